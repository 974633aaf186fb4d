import type { Database } from './database.ts';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, one migration a step. Never edit a released step: add a new one. */
const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'foundation',
    sql: `
CREATE TABLE officers (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  roles text[] NOT NULL,
  password_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  officer_id uuid NOT NULL REFERENCES officers(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE records (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  owner_node text NOT NULL,
  subject_category text NOT NULL,
  source_reliability text NOT NULL,
  information_accuracy smallint NOT NULL,
  handling_code text NOT NULL,
  tlp text NOT NULL,
  legal_basis text NOT NULL,
  review_by date NOT NULL,
  nature text NOT NULL,
  assessments jsonb NOT NULL,
  data jsonb,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  erased_at timestamptz
);
CREATE INDEX records_type ON records (type) WHERE erased_at IS NULL;
CREATE INDEX records_review_by ON records (review_by) WHERE erased_at IS NULL;

CREATE TABLE search_keys (
  record_id uuid NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  kind text NOT NULL,
  key text NOT NULL
);
CREATE INDEX search_keys_lookup ON search_keys (kind, key text_pattern_ops);
CREATE INDEX search_keys_record ON search_keys (record_id);

CREATE TABLE links (
  id uuid PRIMARY KEY,
  from_id uuid NOT NULL REFERENCES records(id),
  to_id uuid NOT NULL REFERENCES records(id),
  type text NOT NULL,
  note text,
  created_at timestamptz NOT NULL
);
CREATE INDEX links_from ON links (from_id);
CREATE INDEX links_to ON links (to_id);

CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  purpose text,
  justification text,
  record_ids text[] NOT NULL,
  recipients text[] NOT NULL,
  details text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, '${'0'.repeat(64)}');

CREATE TABLE audit_checkpoints (
  seq bigint PRIMARY KEY,
  hash text NOT NULL,
  at timestamptz NOT NULL,
  key_id text NOT NULL,
  signature text NOT NULL
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
`,
  },
  {
    version: 2,
    name: 'federation',
    sql: `
CREATE TABLE peers (
  node_id text PRIMARY KEY,
  descriptor jsonb NOT NULL,
  added_at timestamptz NOT NULL
);

CREATE TABLE agreements (
  id text PRIMARY KEY,
  document jsonb NOT NULL,
  digest text NOT NULL,
  state text NOT NULL,
  state_reason text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE agreement_signatures (
  agreement_id text NOT NULL REFERENCES agreements(id),
  node_id text NOT NULL,
  key_id text NOT NULL,
  signature text NOT NULL,
  signed_at timestamptz NOT NULL,
  PRIMARY KEY (agreement_id, node_id)
);

CREATE TABLE pseudonyms (
  pseudonym text PRIMARY KEY,
  officer_id text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE inbox (
  message_id uuid PRIMARY KEY,
  sender text NOT NULL,
  kind text NOT NULL,
  received_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  receiver text NOT NULL,
  kind text NOT NULL,
  sealed text NOT NULL,
  state text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'pending';
`,
  },
  {
    version: 3,
    name: 'audit checkpoints append-only',
    sql: `
CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoints is append-only';
END;
$$;
CREATE TRIGGER audit_checkpoints_no_change BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
`,
  },
  {
    version: 4,
    name: 'exchange',
    sql: `
CREATE TABLE exchange_references (
  reference text PRIMARY KEY,
  record_id uuid NOT NULL REFERENCES records(id),
  partner text NOT NULL,
  agreement text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE exchange_queries (
  id uuid PRIMARY KEY,
  officer_id text NOT NULL,
  partner text NOT NULL,
  agreement text,
  record_type text NOT NULL,
  purpose text NOT NULL,
  outcome text NOT NULL,
  reference text,
  quality real,
  reasons jsonb NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE follow_ups (
  id uuid PRIMARY KEY,
  direction text NOT NULL,
  partner text NOT NULL,
  agreement text NOT NULL,
  reference text NOT NULL,
  record_id uuid,
  record_type text NOT NULL,
  requested_fields jsonb NOT NULL,
  purpose text NOT NULL,
  justification text NOT NULL,
  urgent boolean NOT NULL,
  requester text NOT NULL,
  state text NOT NULL,
  deadline timestamptz NOT NULL,
  released_fields jsonb NOT NULL DEFAULT '[]'::jsonb,
  decision_reason text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX follow_ups_open ON follow_ups (deadline) WHERE state IN ('requested', 'pending');

CREATE TABLE released_data (
  follow_up_id uuid NOT NULL REFERENCES follow_ups(id),
  release_id uuid PRIMARY KEY,
  partner text NOT NULL,
  record_type text NOT NULL,
  data jsonb NOT NULL,
  protection jsonb NOT NULL,
  retain_until date NOT NULL,
  received_at timestamptz NOT NULL
);
`,
  },
  {
    version: 5,
    name: 'alerts',
    sql: `
CREATE TABLE alerts (
  id uuid PRIMARY KEY,
  issuer text NOT NULL,
  agreement text,
  record_type text NOT NULL,
  category text NOT NULL,
  action_to_take text NOT NULL,
  subject jsonb NOT NULL,
  protection jsonb NOT NULL,
  state text NOT NULL,
  version integer NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX alerts_live ON alerts (expires_at) WHERE state = 'active';

CREATE TABLE alert_keys (
  alert_id uuid NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  kind text NOT NULL,
  key text NOT NULL
);
CREATE INDEX alert_keys_lookup ON alert_keys (kind, key text_pattern_ops);
CREATE INDEX alert_keys_alert ON alert_keys (alert_id);

CREATE TABLE alert_hits (
  id uuid PRIMARY KEY,
  direction text NOT NULL,
  alert_id uuid NOT NULL,
  partner text NOT NULL,
  circumstances text NOT NULL,
  action_taken text NOT NULL,
  deadline timestamptz NOT NULL,
  answer text,
  answered_at timestamptz,
  created_at timestamptz NOT NULL
);
`,
  },
  {
    version: 6,
    name: 'record change sequence',
    sql: `
CREATE SEQUENCE records_change_seq;
ALTER TABLE records ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('records_change_seq');
CREATE INDEX records_changes ON records (change_seq);
CREATE FUNCTION records_next_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_seq := nextval('records_change_seq');
  RETURN NEW;
END
$$;
CREATE TRIGGER records_change_seq BEFORE UPDATE ON records FOR EACH ROW EXECUTE FUNCTION records_next_change();
`,
  },
  {
    version: 7,
    name: 'biometric profiles and their human verification',
    sql: `
CREATE SEQUENCE biometric_profiles_change_seq;
CREATE TABLE biometric_profiles (
  id uuid PRIMARY KEY,
  modality text NOT NULL CHECK (modality IN ('dna', 'face')),
  record_id uuid NOT NULL REFERENCES records(id),
  kind text NOT NULL,
  engine text NOT NULL,
  data jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  erased_at timestamptz,
  change_seq bigint NOT NULL DEFAULT nextval('biometric_profiles_change_seq')
);
CREATE INDEX biometric_profiles_record ON biometric_profiles (record_id);
CREATE INDEX biometric_profiles_changes ON biometric_profiles (change_seq);
CREATE FUNCTION records_erase_biometrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE biometric_profiles SET data = '{}'::jsonb, erased_at = NEW.erased_at, change_seq = nextval('biometric_profiles_change_seq')
  WHERE record_id = NEW.id AND erased_at IS NULL;
  UPDATE biometric_candidates SET query = '{}'::jsonb WHERE record_id = NEW.id;
  RETURN NEW;
END
$$;
CREATE TRIGGER records_erase_biometrics AFTER UPDATE OF erased_at ON records FOR EACH ROW
  WHEN (NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL) EXECUTE FUNCTION records_erase_biometrics();

CREATE TABLE biometric_candidates (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  modality text NOT NULL,
  matcher text NOT NULL,
  partner text NOT NULL,
  agreement text NOT NULL,
  profile_id uuid NOT NULL REFERENCES biometric_profiles(id),
  record_id uuid NOT NULL REFERENCES records(id),
  query jsonb NOT NULL,
  scores jsonb NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'confirmed', 'rejected')),
  decided_by text,
  decided_at timestamptz,
  reason text,
  created_at timestamptz NOT NULL
);
CREATE INDEX biometric_candidates_open ON biometric_candidates (state, created_at);
ALTER TABLE exchange_references ADD COLUMN query_type text;
`,
  },
  {
    version: 8,
    name: 'movements across borders',
    sql: `
CREATE TABLE movements (
  id uuid PRIMARY KEY,
  owner_node text NOT NULL,
  source text NOT NULL CHECK (source IN ('mrz', 'paxlst', 'manual')),
  direction text NOT NULL CHECK (direction IN ('entry', 'exit')),
  at timestamptz NOT NULL,
  crossing_point text NOT NULL,
  flight text,
  person jsonb,
  document_type text,
  document_number text,
  issuing_country text,
  document_expiry text,
  mrz text,
  mrz_valid boolean,
  mrz_problems jsonb NOT NULL DEFAULT '[]'::jsonb,
  subject_category text NOT NULL,
  source_reliability text NOT NULL,
  information_accuracy smallint NOT NULL,
  handling_code text NOT NULL,
  tlp text NOT NULL,
  legal_basis text NOT NULL,
  review_by date NOT NULL,
  nature text NOT NULL,
  assessments jsonb NOT NULL DEFAULT '[]'::jsonb,
  person_id uuid REFERENCES records(id),
  link_score real,
  link_method text CHECK (link_method IN ('matcher', 'document_number')),
  source_reference text,
  created_at timestamptz NOT NULL
);
CREATE INDEX movements_person ON movements (person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX movements_document ON movements (document_number) WHERE document_number IS NOT NULL;
CREATE INDEX movements_review_by ON movements (review_by);
CREATE FUNCTION records_unlink_movements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE movements SET person_id = NULL, link_score = NULL, link_method = NULL WHERE person_id = NEW.id;
  RETURN NEW;
END
$$;
CREATE TRIGGER records_unlink_movements AFTER UPDATE OF erased_at ON records FOR EACH ROW
  WHEN (NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL) EXECUTE FUNCTION records_unlink_movements();
`,
  },
  {
    version: 9,
    name: 'judicial cooperation requests',
    sql: `
CREATE TABLE judicial_requests (
  id uuid PRIMARY KEY,
  reference text NOT NULL,
  type text NOT NULL CHECK (type IN ('eaw', 'eio', 'mla', 'extradition', 'interpol_notice')),
  direction text NOT NULL CHECK (direction IN ('outgoing', 'incoming', 'internal')),
  issuing_node text NOT NULL,
  executing_node text,
  agreement text,
  purpose text NOT NULL,
  issuing_authority text NOT NULL,
  executing_authority text,
  case_id uuid REFERENCES records(id),
  subject_id uuid REFERENCES records(id),
  offence jsonb NOT NULL,
  criminality jsonb,
  content jsonb NOT NULL,
  terms jsonb NOT NULL DEFAULT '{}'::jsonb,
  stage text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  transmission jsonb,
  UNIQUE (issuing_node, reference)
);
CREATE INDEX judicial_requests_open ON judicial_requests (stage, type);
CREATE INDEX judicial_requests_case ON judicial_requests (case_id) WHERE case_id IS NOT NULL;
CREATE TABLE judicial_bundles (
  id uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES judicial_requests(id),
  bundle jsonb NOT NULL,
  manifest_digest text NOT NULL,
  verification jsonb NOT NULL,
  source_node text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX judicial_bundles_request ON judicial_bundles (request_id);
CREATE TABLE judicial_events (
  request_id uuid NOT NULL REFERENCES judicial_requests(id),
  seq integer NOT NULL,
  event jsonb NOT NULL,
  stage_after text NOT NULL,
  recorded_by text NOT NULL,
  source_node text NOT NULL,
  recorded_at timestamptz NOT NULL,
  bundle_id uuid REFERENCES judicial_bundles(id),
  PRIMARY KEY (request_id, seq)
);
`,
  },
];

/** Brings the database schema up to date. Safe to run from several processes at once. */
export async function migrate(db: Database): Promise<number> {
  let applied = 0;
  for (const migration of MIGRATIONS) {
    applied += await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7411)');
      await tx.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return 0;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return 1;
    });
  }
  return applied;
}

/** Splits a migration into statements on `;` at line ends, keeping `$$` function bodies whole. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    current += line + '\n';
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
