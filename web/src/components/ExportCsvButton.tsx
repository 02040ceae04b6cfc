import { useState } from 'react';
import type { InfluencerQuery } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { csvFileName } from '../listQuery';
import { saveFile } from '../saveFile';
import { ProblemMessage } from './ProblemMessage';

/** Downloads every influencer matching the list's filters, in its sort, as CSV. */
export function ExportCsvButton({ query }: { query: InfluencerQuery }) {
  const { api } = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemError | null>(null);

  async function exportCsv() {
    setBusy(true);
    setError(null);
    try {
      saveFile(await api.influencersCsv(query), csvFileName(new Date()));
    } catch (caught) {
      setError(caught instanceof ProblemError ? caught : ProblemError.network());
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export">
      <button type="button" className="button secondary" onClick={() => void exportCsv()} disabled={busy} aria-busy={busy}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {error ? <ProblemMessage error={error} context="Could not export the CSV" /> : null}
    </div>
  );
}
