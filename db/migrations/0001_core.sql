-- Core tables: organizations, tenants and their authorization server, clients, users, roles and
-- permissions. Every tenant table carries tenant_id and is guarded by row-level security: a
-- transaction sees only the rows of the tenant named by set_config('app.tenant_id', …, true).
-- Roles (created by the deployment, see deploy/lib/postgres.sh):
--   idp_owner    owns the schema, runs migrations (RLS is forced on it too)
--   idp_app      the workers; NOBYPASSRLS; sees one tenant per transaction
--   idp_control  control-plane cross-tenant reads

-- The tenant of the current transaction, or NULL when none was set ('' after a local setting ends).
CREATE FUNCTION app_tenant_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

-- Enables and forces RLS on a tenant table, with the tenant-isolation policy for everyone and a
-- read-everything policy for the control plane. Later migrations call it for their tables.
CREATE FUNCTION enable_tenant_isolation(tbl regclass) RETURNS void
LANGUAGE plpgsql AS
$$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = app_tenant_id()) '
                 'WITH CHECK (tenant_id = app_tenant_id())', tbl);
  EXECUTE format('CREATE POLICY control_plane_read ON %s FOR SELECT TO idp_control USING (true)', tbl);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO idp_app', tbl);
  EXECUTE format('GRANT SELECT ON %s TO idp_control', tbl);
END
$$;

CREATE TABLE organization (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  payload     jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON organization TO idp_app;
GRANT SELECT ON organization TO idp_control;

-- Set once, by POST /v1/admin/initialization; the primary key allows a single row.
CREATE TABLE system_initialization (
  singleton       boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  admin_tenant_id uuid NOT NULL,
  initialized_at  timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT ON system_initialization TO idp_app;
GRANT SELECT ON system_initialization TO idp_control;

CREATE TABLE tenant (
  tenant_id   uuid PRIMARY KEY,
  name        text NOT NULL,
  tenant_type text NOT NULL CHECK (tenant_type IN ('ADMIN', 'ORGANIZER', 'PUBLIC')),
  enabled     boolean NOT NULL DEFAULT true,
  payload     jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
-- There is one ADMIN tenant in a deployment.
CREATE UNIQUE INDEX tenant_single_admin ON tenant (tenant_type) WHERE tenant_type = 'ADMIN';
SELECT enable_tenant_isolation('tenant');

CREATE TABLE organization_tenant (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, organization_id)
);
CREATE INDEX organization_tenant_by_organization ON organization_tenant (organization_id);
SELECT enable_tenant_isolation('organization_tenant');

CREATE TABLE authorization_server_configuration (
  tenant_id  uuid PRIMARY KEY REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  issuer     text NOT NULL,
  payload    jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
SELECT enable_tenant_isolation('authorization_server_configuration');

CREATE TABLE client_configuration (
  tenant_id       uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  client_id       text NOT NULL CHECK (client_id <> ''),
  client_id_alias text,
  enabled         boolean NOT NULL DEFAULT true,
  payload         jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, client_id)
);
-- Not unique: idp-server lets clients share an alias (its e2e examples do); a lookup prefers an
-- exact client_id, then the oldest client with the alias.
CREATE INDEX client_configuration_alias ON client_configuration (tenant_id, client_id_alias)
  WHERE client_id_alias IS NOT NULL;
SELECT enable_tenant_isolation('client_configuration');

CREATE TABLE idp_user (
  tenant_id          uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  sub                uuid NOT NULL,
  provider_id        text NOT NULL DEFAULT 'idp-server',
  external_user_id   text,
  name               text,
  preferred_username text,
  email              text,
  phone_number       text,
  status             text NOT NULL DEFAULT 'REGISTERED',
  hashed_password    text,
  payload            jsonb NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, sub)
);
CREATE INDEX idp_user_by_email ON idp_user (tenant_id, provider_id, lower(email));
CREATE INDEX idp_user_by_preferred_username ON idp_user (tenant_id, provider_id, preferred_username);
SELECT enable_tenant_isolation('idp_user');

CREATE TABLE role (
  tenant_id   uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id          uuid NOT NULL,
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT enable_tenant_isolation('role');

CREATE TABLE permission (
  tenant_id   uuid NOT NULL REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  id          uuid NOT NULL,
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT enable_tenant_isolation('permission');

CREATE TABLE role_permission (
  tenant_id     uuid NOT NULL,
  role_id       uuid NOT NULL,
  permission_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, role_id, permission_id),
  FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, permission_id) REFERENCES permission (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('role_permission');

CREATE TABLE user_role (
  tenant_id  uuid NOT NULL,
  user_sub   uuid NOT NULL,
  role_id    uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_sub, role_id),
  FOREIGN KEY (tenant_id, user_sub) REFERENCES idp_user (tenant_id, sub) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, role_id) REFERENCES role (tenant_id, id) ON DELETE CASCADE
);
SELECT enable_tenant_isolation('user_role');

-- Workers cache parsed configuration and listen on this channel; the payload is the tenant id.
CREATE FUNCTION notify_configuration_change() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM pg_notify('idp_configuration', COALESCE(NEW.tenant_id, OLD.tenant_id)::text);
  RETURN NULL;
END
$$;
CREATE TRIGGER tenant_changed AFTER INSERT OR UPDATE OR DELETE ON tenant
  FOR EACH ROW EXECUTE FUNCTION notify_configuration_change();
CREATE TRIGGER authorization_server_changed AFTER INSERT OR UPDATE OR DELETE
  ON authorization_server_configuration
  FOR EACH ROW EXECUTE FUNCTION notify_configuration_change();
CREATE TRIGGER client_changed AFTER INSERT OR UPDATE OR DELETE ON client_configuration
  FOR EACH ROW EXECUTE FUNCTION notify_configuration_change();
