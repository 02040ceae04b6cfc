"""The parts of contract_writes.py: the HTTP client, the schema walk and the per-operation fixtures."""
