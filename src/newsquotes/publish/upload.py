"""Uploading a verified release folder to the Hugging Face Hub, as a plan first and a commit second."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsquotes.errors import ConfigError, InputError, NewsquotesError

#: Files of a release folder that go to the Hub; anything else in the folder stays local.
RELEASE_PATTERNS = ("README.md", "croissant.json", "data/*/*.parquet")


@dataclass(frozen=True)
class UploadPlan:
    repo_id: str
    private: bool
    tag: str | None
    commit_message: str
    files: tuple[tuple[str, int], ...]  # (path in the repository, size in bytes)

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.files)


def plan_upload(folder: Path, repo_id: str, *, private: bool = False, tag: str | None = None) -> UploadPlan:
    """What :func:`upload` would send: every release file, its path in the repository and its size."""
    if "/" not in repo_id:
        raise ConfigError(f"--repo-id wants OWNER/NAME, got {repo_id!r}")
    files = sorted({p for pattern in RELEASE_PATTERNS for p in Path(folder).glob(pattern)})
    if not (Path(folder) / "README.md").exists():
        raise InputError(f"{folder}: not a release folder (no README.md); run publish without --upload first")
    message = f"newsquotes release {tag}" if tag else "newsquotes release"
    return UploadPlan(repo_id=repo_id, private=private, tag=tag, commit_message=message,
                      files=tuple((p.relative_to(folder).as_posix(), p.stat().st_size) for p in files))


def upload(plan: UploadPlan, folder: Path, token: str | None = None) -> str:
    """Create the dataset repository if needed, commit the planned files, tag the commit; returns its URL.

    The token comes from ``token``, else ``HF_TOKEN`` or the saved login; it is never printed.
    """
    from huggingface_hub import HfApi, get_token
    from huggingface_hub.errors import HfHubHTTPError

    token = token or get_token()
    if not token:
        raise ConfigError("no Hugging Face token: set HF_TOKEN or log in with `hf auth login`")
    api = HfApi(token=token)
    try:
        api.create_repo(plan.repo_id, repo_type="dataset", private=plan.private, exist_ok=True)
        commit = api.upload_folder(folder_path=str(folder), repo_id=plan.repo_id, repo_type="dataset",
                                   commit_message=plan.commit_message,
                                   allow_patterns=[path for path, _ in plan.files])
        if plan.tag:
            api.create_tag(plan.repo_id, tag=plan.tag, repo_type="dataset", revision=commit.oid)
    except HfHubHTTPError as err:
        status = getattr(err.response, "status_code", None)
        if status in (401, 403):
            raise ConfigError(f"the Hub refused the token for {plan.repo_id} (HTTP {status}): "
                             "check that it is valid and has write access") from None
        raise NewsquotesError(f"upload to {plan.repo_id} failed: {err}") from None
    return commit.commit_url
