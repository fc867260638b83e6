"""Settings without Qt: paths, instance profiles, preferences, secrets, the Demo profile.

`paths.AppPaths` says where things go; `profile` declares the profile schema and validates it;
`profiles.ProfileRepository` keeps one file per profile; `preferences.Preferences` the app's own
settings; `secrets.SecretStore` the API secrets; `demo.demo_profile` the built-in Demo instance.
"""
