#!/usr/bin/env python3
"""Hostile-input pass over every endpoint of a running AnalisaAI API (python3 standard library only).

Reads the endpoint list from /swagger/v1/swagger.json, signs in, then sends each operation malformed JSON,
huge numbers, NaN and Infinity, deep nesting, a 100 MB body (declared and chunked), unicode and NUL bytes,
invalid UTF-8, injection strings and hostile path and query values, as an admin and anonymously. Counts
requests and 5xx answers; exits 1 when any 5xx came back.

    python3 tests/fuzz/fuzz.py http://127.0.0.1:5182 EMAIL PASSWORD

Start the app with high login limits, or most login and register cases only meet 429 (still no 5xx):
RateLimiting__Login__PermitLimit=100000 RateLimiting__Refresh__PermitLimit=100000. Fuzzing the session routes
ends the admin's own session, and wrong current passwords lock the admin out of an address, so before each
operation the pass checks its token and signs in again, from a new X-Forwarded-For address: start the app
trusting the loopback proxy (ForwardedHeaders__KnownProxies__0=127.0.0.1) for that to work.
"""
import http.client
import json
import socket
import sys
import urllib.parse
import uuid
from collections import Counter

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5182"
EMAIL = sys.argv[2] if len(sys.argv) > 2 else "admin@analisaai.demo"
PASSWORD = sys.argv[3] if len(sys.argv) > 3 else "AnalisaAI-demo-2026"
URL = urllib.parse.urlsplit(BASE)

sent = 0
statuses = Counter()
failures = []

STRINGS = [
    "", " ", "\u0000", "a\u0000b", "\u0000" * 1000, "\u202e\u200b\ufeff", "😀" * 500, "é" * 5000, "x" * 100_000,
    "' OR 1=1 --", "'; DROP TABLE Users; --", "\" OR \"\"=\"", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
    "{{7*7}}", "../../../../etc/passwd", "%00", "%s%s%s%n", "\\", "null", "NaN", "-1", "1e309", "0x10",
    "2026-13-45", "0001-01-01", "9999-12-31T23:59:59Z", "instagram\u0000", "admin", "ADMIN@ANALISAAI.DEMO",
]
NUMBERS = [0, -1, 1.5, 2**31, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**12, 10**12 + 1, 10**30]
RAW_NUMBERS = ["1e400", "-1e400", "NaN", "Infinity", "-Infinity", "1" * 400, "0." + "0" * 400 + "1", "1e-400", "-0", "01"]
MALFORMED = [
    b"{", b"}", b"{\"a\":", b"[", b"[]", b"null", b"true", b"\"text\"", b"{'single': 1}", b"{\"a\":1,}", b"\x00",
    b"\xff\xfe\xfd", b"{\"email\":\"\xc0\xaf\"}", b"{\"email\":\"\xed\xa0\x80\"}", b"{\"items\":[}", b"\xef\xbb\xbf{}",
    b"{\"a\":1}{\"b\":2}", b"[" * 100_000 + b"]" * 100_000, b"{\"a\":" * 50_000 + b"1" + b"}" * 50_000, b"{\"items\":" + b"[" * 2000 + b"]" * 2000 + b"}",
]


def connection(timeout=60):
    port = URL.port or 80
    return http.client.HTTPConnection(URL.hostname, port, timeout=timeout)


def send(method, path, body=None, headers=None, token=None, label=""):
    global sent
    headers = dict(headers or {})
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None and "Content-Type" not in headers:
        headers["Content-Type"] = "application/json"
    conn = connection()
    sent += 1
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        status = response.status
    except (ConnectionError, socket.timeout, http.client.HTTPException, OSError) as error:
        # The server may answer 413 and close before a huge body is written: not a 5xx.
        status = "closed:" + type(error).__name__
    finally:
        conn.close()
    statuses[status] += 1
    if isinstance(status, int) and status >= 500:
        failures.append((status, method, path, label))
    return status


def send_json(method, path, value, token, label):
    return send(method, path, json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"), token=token, label=label)


sign_ins = 0


def login():
    global sign_ins
    sign_ins += 1
    conn = connection()
    body = json.dumps({"email": EMAIL, "password": PASSWORD})
    address = f"198.51.{sign_ins // 250}.{sign_ins % 250 + 1}"
    conn.request("POST", "/api/auth/login", body=body, headers={"Content-Type": "application/json", "X-Forwarded-For": address})
    response = conn.getresponse()
    data = json.loads(response.read() or b"{}")
    if response.status != 200:
        sys.exit(f"login as {EMAIL} failed: {response.status} {data}")
    return data["accessToken"], data["refreshToken"]


def operations():
    conn = connection()
    conn.request("GET", "/swagger/v1/swagger.json")
    document = json.loads(conn.getresponse().read())
    for path, item in document["paths"].items():
        for method, operation in item.items():
            schema = {}
            content = (operation.get("requestBody") or {}).get("content", {})
            if "application/json" in content:
                schema = resolve(document, content["application/json"].get("schema", {}))
            yield method.upper(), path, operation.get("parameters", []), schema, document


def resolve(document, schema):
    while "$ref" in schema:
        name = schema["$ref"].split("/")[-1]
        schema = document["components"]["schemas"][name]
    return schema


def example(document, schema, depth=0):
    schema = resolve(document, schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if depth > 4:
        return None
    if kind == "object" or "properties" in schema:
        return {name: example(document, sub, depth + 1) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(document, schema.get("items", {}), depth + 1)]
    if kind in ("integer", "number"):
        return 1
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return "2026-06-30T12:00:00Z"
    return "valid-" + uuid.uuid4().hex[:8]


def mutations(base):
    """The base body with each top-level field (and each field of the first item) replaced by hostile values."""
    if not isinstance(base, dict):
        return
    for field in list(base):
        for value in STRINGS + NUMBERS + [None, [], {}, True, [1] * 5000]:
            yield f"{field}={str(value)[:20]!r}", {**base, field: value}
        if isinstance(base[field], list) and base[field] and isinstance(base[field][0], dict):
            item = base[field][0]
            for inner in item:
                for value in STRINGS[:12] + NUMBERS + [None, "NaN"]:
                    yield f"{field}[0].{inner}", {**base, field: [{**item, inner: value}]}
            yield f"{field} x1001", {**base, field: [item] * 1001}


def raw_number_bodies(base):
    if not isinstance(base, dict):
        return
    for field in base:
        for raw in RAW_NUMBERS:
            text = json.dumps({**base, field: "__RAW__"}).replace('"__RAW__"', raw)
            yield f"{field}={raw[:12]}", text.encode()


def huge_bodies(method, path, token):
    # Declared 100 MB: refused from the header. Chunked 100 MB: cut off at the server's limit.
    send(method, path, body=b"{" + b" " * (100 * 1024 * 1024 - 2) + b"}", token=token, label="100MB declared")

    def chunks():
        piece = b"[" + b"1," * (512 * 1024)
        for _ in range(100):
            yield piece
    send(method, path, body=chunks(), headers={"Transfer-Encoding": "chunked", "Content-Type": "application/json"}, token=token, label="100MB chunked")


def concrete(path, value):
    return "/".join(urllib.parse.quote(value, safe="") if part.startswith("{") else part for part in path.split("/"))


def main():
    token, _ = login()
    influencer = create_influencer(token)
    path_values = [influencer, str(uuid.uuid4()), "not-a-guid", "00000000-0000-0000-0000-000000000000", "../../etc",
                   "\u0000", "' OR 1=1 --", "x" * 5000, "%", "9" * 40]
    for method, path, parameters, schema, document in operations():
        if still_signed_in(token) != 200:
            token, _ = login()
        real = concrete(path, influencer)
        base = example(document, schema) if schema else None
        for who, bearer in (("admin", token), ("anonymous", None)):
            for value in path_values if "{" in path else [None]:
                target = concrete(path, value) if value is not None else path
                send(method, target, body=json.dumps(base).encode() if base is not None else None, token=bearer, label=f"path {who}")
            for body in MALFORMED:
                send(method, real, body=body, token=bearer, label=f"malformed {who}")
        for label, body in mutations(base):
            send_json(method, real, body, token, label)
        for label, body in raw_number_bodies(base):
            send(method, real, body=body, token=token, label=label)
        for parameter in parameters:
            if parameter.get("in") != "query":
                continue
            for value in STRINGS + [str(n) for n in NUMBERS] + RAW_NUMBERS:
                query = urllib.parse.urlencode({parameter["name"]: value})
                send(method, f"{real}?{query}", token=token, label=f"query {parameter['name']}")
        for header in ({"Content-Type": "text/plain"}, {"Content-Type": "application/json; charset=utf-16"},
                       {"Authorization": "Bearer " + "a" * 10_000}, {"Authorization": "Bearer a.b.c"},
                       {"Authorization": "Basic YWRtaW46YWRtaW4="}, {"Accept": "application/xml"}):
            send(method, real, body=b"{}", headers=header, token=None if "Authorization" in header else token, label=f"header {header}")
        if method in ("POST", "PUT"):
            huge_bodies(method, real, token)

    print(f"requests sent: {sent}, operations: {sum(1 for _ in operations())}, admin sign-ins: {sign_ins}")
    print("statuses:", ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items(), key=lambda s: str(s[0]))))
    five_xx = sum(count for status, count in statuses.items() if isinstance(status, int) and status >= 500)
    print(f"5xx received: {five_xx}")
    for failure in failures[:50]:
        print("5xx:", failure)
    return 1 if five_xx else 0


def still_signed_in(token):
    conn = connection()
    conn.request("GET", "/api/auth/me", headers={"Authorization": "Bearer " + token})
    response = conn.getresponse()
    response.read()
    return response.status


def create_influencer(token):
    conn = connection()
    body = json.dumps({"handle": "fuzz_" + uuid.uuid4().hex[:10], "platform": "instagram"})
    conn.request("POST", "/api/influencers", body=body, headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    response = conn.getresponse()
    data = json.loads(response.read() or b"{}")
    return data.get("id", str(uuid.uuid4()))


if __name__ == "__main__":
    sys.exit(main())
