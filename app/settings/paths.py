"""Where Paydesk keeps its configuration, data and logs."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "paydesk"
CONFIG_DIR_ENV = "PAYDESK_CONFIG_DIR"
"""Environment variable that re-roots everything, like `--config-dir DIR` (used by tests)."""


@dataclass(frozen=True)
class AppPaths:
    """The three per-user directories. Nothing is created until something is written."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def instances_dir(self) -> Path:
        """One JSON file per instance profile lives here."""
        return self.config_dir / "instances"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one directory: config in root/config, data in root/data, logs in
        root/logs."""
        root = Path(root).expanduser().absolute()
        return cls(config_dir=root / "config", data_dir=root / "data", log_dir=root / "logs")

    @classmethod
    def resolve(
        cls, config_dir: Path | None = None, environ: Mapping[str, str] | None = None
    ) -> AppPaths:
        """The paths to use: `config_dir` (the `--config-dir` flag) wins, then the
        `PAYDESK_CONFIG_DIR` environment variable, then the platform's per-user directories."""
        if config_dir is not None:
            return cls.under(config_dir)
        env = os.environ if environ is None else environ
        from_env = env.get(CONFIG_DIR_ENV, "").strip()
        if from_env:
            return cls.under(Path(from_env))
        return cls(
            config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
            log_dir=platformdirs.user_log_path(APP_NAME, appauthor=False),
        )
