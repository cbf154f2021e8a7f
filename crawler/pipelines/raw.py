"""Pipeline: keep every fetched response raw (zlib in SQLite) before anything interprets it.

With the raw bytes kept, ``contest-tracker rebuild`` can rerun the whole
normaliser after the extractor improves, without crawling again.
"""
from __future__ import annotations

from crawler.items import PageItem
from crawler.pipelines.base import CrawlerPipeline


class RawResponsePipeline(CrawlerPipeline):
    def process_item(self, item):
        if isinstance(item, PageItem):
            item["raw_id"], _ = self.store.save_raw(
                url=item["url"], body=item["body"], status=item["status"], headers=item["headers"],
                source=item["source"], meta={**(item.get("meta") or {}), "encoding": item.get("encoding"),
                                             "captured_at": item.get("captured_at"), "kind": item.get("kind")},
                fetched_at=item["fetched_at"], run_id=self.run_id,
            )
        return item
