#!/usr/bin/env python3
"""Contract fuzzing of every write operation of a running AnalisaAI API (python3 standard library only).

Reads the served OpenAPI document and, for every POST, PUT and PATCH with a JSON body (and DELETE with one),
first sends a valid body built from the request schema ($ref and allOf resolved; path ids, refresh tokens and
passwords from resources it creates) and checks it is accepted, which proves the variants reach validation.
Then for each property, recursively into objects and array items, it sends one invalid variant at a time:
the required field missing, null where not nullable, each wrong JSON type, minimum-1 and maximum+1, a fraction,
10^30, 1e309 and "1" (a number as text) for numbers, maxLength+1, 100k characters and minLength-1, an unknown
enum value, bad uuid/date/email text and date-times that are invalid or lack their offset, maxItems+1 and
minItems-1 items. Every variant must get a 400 or 413 problem+json (a validation 400 names the field in
`errors`, as `items[0].publishedAt`; the JSON reader's 400 for a wrong type has no `errors`), never a 2xx or
5xx, and the write must change nothing (a read of the resource before and after the variants). Operations
without a JSON body (DELETE by id, enable/disable, recalculate) are listed, not fuzzed.
Not sent: wrong-case enum values (api.md makes enums lowercase on output but input matching is case-blind by
design, ApiEnum) and unknown extra properties (api.md does not say they are refused).

    cd src && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Default="Data Source=/tmp/fuzzdb/a.db" \\
      RateLimiting__Login__PermitLimit=100000 RateLimiting__Refresh__PermitLimit=100000 \\
      ForwardedHeaders__KnownProxies__0=127.0.0.1 dotnet bin/Debug/net10.0/AnalisaAI.Api.dll --urls http://127.0.0.1:5391 &
    python3 tests/fuzz/contract_writes.py http://127.0.0.1:5391 [EMAIL PASSWORD] [--verbose]

Prints one line per operation (variants sent, refused, accepted, 5xx, errors not naming the field) and a summary;
exits 1 when a variant was accepted, got a 5xx or changed what it wrote to, or a valid body was refused.
"""
import json
import sys
from collections import Counter

from contract.client import Client
from contract.fixtures import Fixtures
from contract.schema import HUGE, apply, json_path, valid, variants

WRITES = ("post", "put", "patch", "delete")
STATUSES = Counter()


def body_bytes(body):
    return json.dumps(body, ensure_ascii=False).replace(f'"{HUGE}"', "1e309").encode()


def named(response, field):
    errors = (response.json or {}).get("errors") or {}
    return any(key == field or key.startswith(field + "[") or key.startswith(field + ".") for key in errors)


def fuzz_operation(client, fixtures, document, method, path, schema, verbose):
    setup = fixtures.for_operation(method.upper(), path)
    if setup is None:
        return {"skipped": "no fixture for this operation"}
    target, token, overrides, after_valid, state = setup
    row = {"sent": 0, "refused": 0, "accepted": 0, "5xx": 0, "unnamed": 0, "other4xx": 0, "changed": 0, "problems": []}

    def build():
        body = valid(document, schema)
        for name, value in overrides().items():
            body = apply(body, (name,), value)
        return body

    body = build()
    response = client.send(method.upper(), target, raw=body_bytes(body), token=token())
    if not 200 <= response.status < 300:
        row["problems"].append(f"valid body refused: {response.status} {response.body[:300]!r} for {body_bytes(body)[:300]!r}")
        return row
    if after_valid:
        after_valid(body)
    before = state()
    for label, field_path, value in variants(document, schema):
        variant = apply(build(), field_path, value)
        response = client.send(method.upper(), target, raw=body_bytes(variant), token=token())
        row["sent"] += 1
        STATUSES[response.status] += 1
        field = json_path(field_path)
        where = f"{field} {label}: {response.status}"
        if response.status >= 500 or response.status == 0 and len(body_bytes(variant)) < 1_000_000:
            row["5xx"] += 1
            row["problems"].append(f"5xx {where} {response.body[:200]!r}")
        elif response.status < 400:
            row["accepted"] += 1
            row["problems"].append(f"ACCEPTED {where} {response.body[:200]!r}")
        else:
            row["refused"] += 1
            if response.status not in (400, 413) or not response.is_problem:
                row["other4xx"] += 1
                row["problems"].append(f"refused but not 400/413 problem+json: {where} {response.headers.get('content-type')}")
            elif response.status == 400 and "errors" in (response.json or {}) and not named(response, field):
                row["unnamed"] += 1
                row["problems"].append(f"errors do not name {field}: {label} {response.body[:200]!r}")
        if verbose:
            print(f"    {where}")
    after = state()
    if before != after:
        row["changed"] += 1
        row["problems"].append(f"refused variants changed the resource: {str(before)[:150]} -> {str(after)[:150]}")
    return row


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    base = args[0] if args else "http://127.0.0.1:5391"
    email = args[1] if len(args) > 1 else "admin@analisaai.demo"
    password = args[2] if len(args) > 2 else "AnalisaAI-demo-2026"
    client = Client(base)
    document = client.document()
    fixtures = Fixtures(client, email, password)
    totals = {"operations": 0, "sent": 0, "refused": 0, "accepted": 0, "5xx": 0, "unnamed": 0, "other4xx": 0, "changed": 0}
    failed = False
    for path, item in document["paths"].items():
        for method, operation in item.items():
            content = (operation.get("requestBody") or {}).get("content", {})
            if method not in WRITES or "application/json" not in content:
                if method in WRITES:
                    print(f"{method.upper():6} {path}: no JSON body, not fuzzed here")
                continue
            fixtures.refresh_admin()
            row = fuzz_operation(client, fixtures, document, method, path, content["application/json"]["schema"], verbose)
            if "skipped" in row:
                print(f"{method.upper():6} {path}: SKIPPED, {row['skipped']}")
                failed = True
                continue
            totals["operations"] += 1
            for key in ("sent", "refused", "accepted", "5xx", "unnamed", "other4xx", "changed"):
                totals[key] += row[key]
            print(f"{method.upper():6} {path}: sent {row['sent']}, refused {row['refused']}, accepted {row['accepted']}, "
                  f"5xx {row['5xx']}, errors not naming the field {row['unnamed']}, other 4xx {row['other4xx']}")
            for problem in row["problems"][:40]:
                print("    " + problem)
            failed |= bool(row["accepted"] or row["5xx"] or row["changed"] or row["problems"] and not row["sent"])
    print(f"summary: {totals['operations']} write operations, {totals['sent']} invalid variants, {totals['refused']} refused, "
          f"{totals['accepted']} accepted, {totals['5xx']} 5xx, {totals['unnamed']} without the field in errors, "
          f"{totals['other4xx']} other 4xx, {totals['changed']} changed a resource; statuses: "
          + ", ".join(f"{status}: {count}" for status, count in sorted(STATUSES.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
