"""Settings without Qt: paths, instance profiles, preferences, secrets, the Demo profile.

`paths.AppPaths` says where things go; `profile` declares the profile schema and validates it;
`profiles.ProfileRepository` keeps one file per profile; `preferences.Preferences` the app's own
settings; `secrets.SecretStore` the API secrets; `demo.demo_profile` the built-in Demo instance.

The platform's own rules (served API versions, authentication schemes, base-domain presets and
checks, loopback hosts, currencies) are not settings: they live in `app.api.platform`, the one
module of `app.api` that settings import, so a profile the settings accept is one the API
client accepts.
"""
