import { useEffect } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth';
import { Header } from './components/Header';
import { Loading } from './components/Loading';
import { AccountPage } from './pages/AccountPage';
import { ComparePage } from './pages/ComparePage';
import { InfluencerPage } from './pages/InfluencerPage';
import { InfluencersPage } from './pages/InfluencersPage';
import { ListPage } from './pages/ListPage';
import { ListsPage } from './pages/ListsPage';
import { MetricUpdatesPage } from './pages/MetricUpdatesPage';
import { RegisterPage } from './pages/RegisterPage';
import { SignInPage } from './pages/SignInPage';
import { UsersPage } from './pages/UsersPage';

function NotFound() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Back to the influencers</Link>.
      </p>
    </main>
  );
}

/** Moves focus to the new screen's heading after a navigation, as a full page load would for screen readers. */
function FocusOnNavigate() {
  const location = useLocation();
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && document.activeElement === document.body) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [location.pathname]);
  return null;
}

export function App() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <main className="page centered">
        <Loading label="Opening AnalisaAI…" />
      </main>
    );
  }
  if (status === 'signed-out') {
    // Signed out, every address is the sign-in screen but the one an invitation link opens.
    return location.pathname === '/register' ? <RegisterPage /> : <SignInPage />;
  }
  return (
    <>
      <a className="skip" href="#content">
        Skip to content
      </a>
      <Header />
      <div id="content">
        <FocusOnNavigate />
        <Routes>
          <Route path="/" element={<InfluencersPage />} />
          <Route path="/influencers/:id" element={<InfluencerPage />} />
          <Route path="/metric-updates" element={<MetricUpdatesPage />} />
          <Route path="/lists" element={<ListsPage />} />
          <Route path="/lists/:id" element={<ListPage />} />
          <Route path="/compare" element={<ComparePage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/users" element={<UsersPage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </div>
    </>
  );
}
