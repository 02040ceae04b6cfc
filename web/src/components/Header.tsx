import { useState } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import './Header.css';

export function Header() {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  if (!user) {
    return null;
  }
  const onSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      navigate('/');
    }
  };
  return (
    <header className="app-header">
      <div className="header-inner">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">A</span>
          <span className="brand-text">AnalisaAI</span>
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Influencers
          </NavLink>
          <NavLink to="/lists">Lists</NavLink>
          {user.role === 'admin' ? <NavLink to="/metric-updates">Metric updates</NavLink> : null}
          {user.role === 'admin' ? <NavLink to="/users">Users</NavLink> : null}
          <NavLink to="/account">Account</NavLink>
        </nav>
        <div className="user">
          <span className="user-who">
            <span className="user-name" title={user.email}>
              {user.displayName}
            </span>
            <span className="badge badge-role" aria-label={`Role: ${user.role}`}>
              {user.role}
            </span>
          </span>
          <button type="button" className="button secondary" onClick={onSignOut} disabled={signingOut}>
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}
