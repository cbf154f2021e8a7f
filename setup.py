"""Kept for ``scrapyd-deploy``, which builds its egg with ``python setup.py bdist_egg``.

All packaging metadata lives in pyproject.toml (including the ``scrapy``
entry point Scrapyd reads to find crawler.settings). Without this file,
scrapyd-deploy would write a setup.py of its own into the repository.
"""
from setuptools import setup

setup()
