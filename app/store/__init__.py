"""SQLCipher persistence: schema, migrations, the hash-chained journal, queries."""
