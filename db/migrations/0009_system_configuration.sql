-- Settings of the whole installation managed through the API (GET|PUT
-- /v1/management/system-configurations): trusted proxies and the SSRF guard of outbound calls.
-- Workers are told of a change on the configuration channel with the payload "system".
CREATE TABLE system_configuration (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  payload     jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON system_configuration TO idp_app;
GRANT SELECT ON system_configuration TO idp_control;

CREATE FUNCTION notify_system_configuration_change() RETURNS trigger
LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM pg_notify('idp_configuration', 'system');
  RETURN NULL;
END
$$;
CREATE TRIGGER system_configuration_changed AFTER INSERT OR UPDATE ON system_configuration
  FOR EACH ROW EXECUTE FUNCTION notify_system_configuration_change();

-- DELETE /v1/management/orgs/{organization-id} removes an organization.
GRANT DELETE ON organization TO idp_app;
