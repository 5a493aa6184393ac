"""The index on disk: generations, the writer lock, the Whoosh schema, the record store,
and the writers (full builds, incremental updates, watching folders).

Readers use generations.py, schema.py and the store; build.py, workers.py, update.py,
watch.py and locking.py are the build path, which the read path never imports.
May import: search.ingest, search.text, search.whoosh_ext, search.records,
search.errors, search.settings.
"""
