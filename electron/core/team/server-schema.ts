/**
 * The team library's schema on stock PostgreSQL (15+), in numbered steps like the local store's
 * migrations. Everything lives in schema `wg`:
 * - `items`: one row per library item (person, source, quote, lesson, tag, note, collection) as
 *   the JSON the bundle uses, with a version for optimistic checks and a sequence number `seq`
 *   set by trigger from a server sequence: clients pull "rows with seq above the last I saw",
 *   never by wall-clock time. A deletion is the item with its deletedAt (the trash), or a
 *   tombstone (data NULL) when it was emptied from the trash.
 * - `blobs`: imported originals by SHA-256.
 * - `audit`: who changed what, when (by trigger; nobody writes it directly).
 * - `teams`, `team_members`: which PostgreSQL role belongs to which team. Row-level security
 *   (forced, so also for the tables' owner) shows a role only its own teams' rows.
 * A client refuses a schema newer than it knows, and an older schema is brought up to date only
 * by `team init` (run by whoever administers the database).
 */
export const SERVER_SCHEMA_VERSION = 1;

export const SERVER_MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE SCHEMA IF NOT EXISTS wg;
      CREATE TABLE wg.meta (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE wg.teams (id uuid PRIMARY KEY, name text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE wg.team_members (team_id uuid NOT NULL REFERENCES wg.teams(id), role_name text NOT NULL, PRIMARY KEY (team_id, role_name));
      CREATE SEQUENCE wg.item_seq;
      CREATE TABLE wg.items (
        team_id uuid NOT NULL REFERENCES wg.teams(id),
        kind text NOT NULL,
        id uuid NOT NULL,
        version bigint NOT NULL DEFAULT 1,
        seq bigint NOT NULL DEFAULT 0,
        data jsonb,
        updated_by text NOT NULL DEFAULT current_user,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, kind, id)
      );
      CREATE INDEX items_by_seq ON wg.items (team_id, seq);
      CREATE TABLE wg.blobs (team_id uuid NOT NULL REFERENCES wg.teams(id), sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'), name text NOT NULL, mime text NOT NULL, data bytea NOT NULL, PRIMARY KEY (team_id, sha256));
      CREATE TABLE wg.audit (id bigserial PRIMARY KEY, team_id uuid NOT NULL, kind text NOT NULL, item_id uuid NOT NULL, version bigint NOT NULL, op text NOT NULL, actor text NOT NULL DEFAULT current_user, at timestamptz NOT NULL DEFAULT now());

      -- The server, not the client's clock, orders changes and counts versions.
      CREATE FUNCTION wg.stamp_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.seq := nextval('wg.item_seq');
        NEW.updated_by := current_user;
        NEW.updated_at := now();
        NEW.version := CASE WHEN TG_OP = 'UPDATE' THEN OLD.version + 1 ELSE 1 END;
        RETURN NEW;
      END $$;
      CREATE TRIGGER items_stamp BEFORE INSERT OR UPDATE ON wg.items FOR EACH ROW EXECUTE FUNCTION wg.stamp_item();
      CREATE FUNCTION wg.audit_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO wg.audit (team_id, kind, item_id, version, op)
        VALUES (NEW.team_id, NEW.kind, NEW.id, NEW.version, CASE WHEN NEW.data IS NULL THEN 'purge' WHEN TG_OP = 'INSERT' THEN 'insert' ELSE 'update' END);
        RETURN NULL;
      END $$;
      CREATE TRIGGER items_audit AFTER INSERT OR UPDATE ON wg.items FOR EACH ROW EXECUTE FUNCTION wg.audit_item();

      -- Which teams a role belongs to: a security-definer function, so the policies below do not
      -- recurse through team_members' own policy. The policies pass current_user, evaluated as
      -- the caller (inside the function current_user would be its owner).
      CREATE FUNCTION wg.teams_of(role_name text) RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = wg, pg_temp AS
        $$ SELECT m.team_id FROM wg.team_members m WHERE m.role_name = teams_of.role_name $$;

      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'wg_member') THEN CREATE ROLE wg_member NOLOGIN; END IF;
      END $$;
      GRANT USAGE ON SCHEMA wg TO wg_member;
      GRANT SELECT ON wg.meta, wg.teams, wg.team_members TO wg_member;
      GRANT SELECT, INSERT, UPDATE ON wg.items TO wg_member;
      GRANT SELECT, INSERT ON wg.blobs TO wg_member;
      GRANT SELECT, INSERT ON wg.audit TO wg_member;
      GRANT USAGE ON SEQUENCE wg.item_seq, wg.audit_id_seq TO wg_member;
      GRANT EXECUTE ON FUNCTION wg.teams_of(text) TO wg_member;

      ALTER TABLE wg.teams ENABLE ROW LEVEL SECURITY;
      ALTER TABLE wg.team_members ENABLE ROW LEVEL SECURITY;
      ALTER TABLE wg.items ENABLE ROW LEVEL SECURITY;
      ALTER TABLE wg.blobs ENABLE ROW LEVEL SECURITY;
      ALTER TABLE wg.audit ENABLE ROW LEVEL SECURITY;
      ALTER TABLE wg.teams FORCE ROW LEVEL SECURITY;
      ALTER TABLE wg.team_members FORCE ROW LEVEL SECURITY;
      ALTER TABLE wg.items FORCE ROW LEVEL SECURITY;
      ALTER TABLE wg.blobs FORCE ROW LEVEL SECURITY;
      ALTER TABLE wg.audit FORCE ROW LEVEL SECURITY;
      CREATE POLICY member_teams ON wg.teams USING (id IN (SELECT wg.teams_of(current_user)));
      CREATE POLICY member_members ON wg.team_members USING (team_id IN (SELECT wg.teams_of(current_user)));
      CREATE POLICY member_items ON wg.items USING (team_id IN (SELECT wg.teams_of(current_user))) WITH CHECK (team_id IN (SELECT wg.teams_of(current_user)));
      CREATE POLICY member_blobs ON wg.blobs USING (team_id IN (SELECT wg.teams_of(current_user))) WITH CHECK (team_id IN (SELECT wg.teams_of(current_user)));
      CREATE POLICY member_audit ON wg.audit USING (team_id IN (SELECT wg.teams_of(current_user))) WITH CHECK (team_id IN (SELECT wg.teams_of(current_user)));
    `,
  },
];

/**
 * What an administrator runs to make a team and let researchers in (also what `team init` does).
 * Each researcher has a PostgreSQL role of their own: CREATE ROLE anna LOGIN PASSWORD '…'.
 */
export const createTeamSql = `INSERT INTO wg.teams (id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`;
export const addMemberSql = `INSERT INTO wg.team_members (team_id, role_name) SELECT id, $2 FROM wg.teams WHERE name = $1 ON CONFLICT DO NOTHING`;
