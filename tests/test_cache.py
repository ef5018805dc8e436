"""The cache and the node count from the environment (docs/deployment.md "Storage and cache").

``ACCORD_CACHE_URL`` picks Redis, the database's table or each process's memory; with
more than one node declared (``ACCORD_NODES``), Accord refuses SQLite and a per-process
cache at start-up (requirements DI-6). Nothing a request needs to share (sessions, rate
limits, lockouts) is kept in the cache; the database holds it.
"""

from __future__ import annotations

import socket
import uuid

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache
from django.db import connection

from accord.config import ConfigError, Env
from accord.core.storage import CACHE_TABLE, caches_from_env, nodes_check, storage_from_env

POSTGRES = "accord.core.db.backends.postgresql"
SQLITE = "accord.core.db.backends.sqlite3"


def _redis_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def test_the_cache_url_picks_the_backend():
    redis = caches_from_env(Env({"ACCORD_CACHE_URL": "redis://127.0.0.1:6379/3"}), sqlite=False)
    assert redis["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert redis["default"]["LOCATION"] == "redis://127.0.0.1:6379/3"
    database = caches_from_env(Env({"ACCORD_CACHE_URL": "db://"}), sqlite=True)
    assert database["default"]["LOCATION"] == CACHE_TABLE
    # Unset: each process's memory on SQLite (one node), the database's table on PostgreSQL.
    assert caches_from_env(Env({}), sqlite=True)["default"]["BACKEND"].endswith("LocMemCache")
    assert caches_from_env(Env({}), sqlite=False)["default"]["BACKEND"].endswith("DatabaseCache")


def test_a_bad_cache_url_is_refused_with_the_forms_it_takes():
    with pytest.raises(ConfigError, match="ACCORD_CACHE_URL must be redis://host:port/db"):
        caches_from_env(Env({"ACCORD_CACHE_URL": "memcached://cache:11211"}), sqlite=False)


@pytest.mark.req("DI-6")
def test_several_nodes_refuse_sqlite_and_a_per_process_cache():
    shared = caches_from_env(Env({"ACCORD_CACHE_URL": "redis://cache:6379/0"}), sqlite=False)
    local = caches_from_env(Env({"ACCORD_CACHE_URL": "locmem://"}), sqlite=False)
    nodes_check(1, database_engine=SQLITE, caches=local)  # one node: anything goes
    nodes_check(3, database_engine=POSTGRES, caches=shared)
    nodes_check(3, database_engine=POSTGRES, caches=caches_from_env(Env({}), sqlite=False))
    with pytest.raises(ConfigError, match="ACCORD_NODES=2 needs PostgreSQL"):
        nodes_check(2, database_engine=SQLITE, caches=shared)
    with pytest.raises(ConfigError, match="needs a cache every node shares"):
        nodes_check(2, database_engine=POSTGRES, caches=local)


def test_the_storage_is_the_filesystem_unless_s3_is_chosen():
    assert storage_from_env(Env({}))["BACKEND"].endswith("FileSystemStorage")
    s3 = storage_from_env(
        Env(
            {
                "ACCORD_STORAGE": "s3",
                "ACCORD_S3_BUCKET": "accord-files",
                "ACCORD_S3_ENDPOINT_URL": "https://s3.cdmo.example",
                "ACCORD_S3_REGION": "eu-central-2",
            }
        )
    )
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["bucket_name"] == "accord-files"
    assert s3["OPTIONS"]["endpoint_url"] == "https://s3.cdmo.example"
    assert s3["OPTIONS"]["file_overwrite"] is False  # a name is never written twice
    with pytest.raises(ConfigError, match="ACCORD_S3_BUCKET is required"):
        storage_from_env(Env({"ACCORD_STORAGE": "s3"}))
    with pytest.raises(ConfigError, match="ACCORD_STORAGE must be one of filesystem, s3"):
        storage_from_env(Env({"ACCORD_STORAGE": "ftp"}))


@pytest.mark.django_db
def test_migrate_creates_the_cache_table_and_it_caches():
    assert CACHE_TABLE in connection.introspection.table_names()
    cache = DatabaseCache(CACHE_TABLE, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    cache.set("greeting", "hello", 60)
    assert cache.get("greeting") == "hello"


@pytest.mark.req("WEB-5")
@pytest.mark.skipif(not _redis_running(), reason="no Redis on 127.0.0.1:6379")
def test_two_processes_share_one_redis_cache():
    # Two clients stand for two nodes: what one sets, the other reads and counts on.
    prefix = f"test-{uuid.uuid4().hex}"
    node1 = RedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": prefix})
    node2 = RedisCache("redis://127.0.0.1:6379/15", {"KEY_PREFIX": prefix})
    node1.set("count", 1, 60)
    assert node2.incr("count") == 2
    assert node1.get("count") == 2
    node2.delete("count")
