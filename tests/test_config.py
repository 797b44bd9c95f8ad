"""Config lookup order and errors that name the bad key."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.config import ConfigError, load_config


def test_defaults_point_at_seeds_and_user_data_dir(tmp_path: Path) -> None:
    cfg = load_config()
    assert cfg.corpus_paths[0].name == "seeds" and cfg.corpus_paths[0].is_dir()
    assert "parallax" in str(cfg.index_dir)
    assert cfg.aliases["Kyiv"] == ["Kiev"]


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_cfg = tmp_path / "env.yaml"
    env_cfg.write_text("search:\n  limit: 7\nindex:\n  dir: envindex\n")
    flag_cfg = tmp_path / "flag.yaml"
    flag_cfg.write_text("search:\n  limit: 3\n")
    monkeypatch.setenv("PARALLAX_CONFIG", str(env_cfg))
    cfg = load_config()
    assert cfg.search_limit == 7 and cfg.index_dir == tmp_path / "envindex"
    assert load_config(flag_cfg).search_limit == 3, "--config beats PARALLAX_CONFIG"
    assert load_config(index_dir=tmp_path / "x").index_dir == tmp_path / "x", "--index-dir beats config"
    monkeypatch.setenv("PARALLAX_INDEX_DIR", str(tmp_path / "y"))
    assert load_config().index_dir == tmp_path / "y"


def test_user_config_dir_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    (user / "parallax").mkdir(parents=True)
    (user / "parallax" / "config.yaml").write_text("app:\n  theme: nord\n")
    assert load_config().theme == "nord"


@pytest.mark.parametrize("text,named", [
    ("serach:\n  limit: 3\n", "unknown key 'serach'"),
    ("search:\n  limt: 3\n", "unknown key 'search.limt'"),
    ("search:\n  limit: many\n", "'search.limit' must be a whole number"),
    ("corpus:\n  paths: seeds\n", "'corpus.paths' must be a list"),
    ("aliases:\n  Kyiv: Kiev\n", "'aliases.Kyiv' must be a list"),
    ("search: [unclosed\n", "bad YAML"),
    ("search:\n  limit: 3\n   oops: [\n", "line 3"),
])
def test_bad_config_names_the_key(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert named in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)
