"""A small HTTP client for the contract fuzzer: JSON in and out, a bearer token, a fresh client address per sign-in."""
import http.client
import json
import socket
import urllib.parse


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def json(self):
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None

    @property
    def is_problem(self):
        return self.headers.get("content-type", "").startswith("application/problem+json")


class Client:
    def __init__(self, base):
        self.url = urllib.parse.urlsplit(base)
        self.sign_ins = 0

    def send(self, method, path, body=None, token=None, raw=None, headers=None):
        """body is JSON-encoded; raw is sent as it is. A connection the server closed is status 0."""
        headers = dict(headers or {})
        data = raw if raw is not None else (json.dumps(body, ensure_ascii=False).encode() if body is not None else None)
        if data is not None:
            headers.setdefault("Content-Type", "application/json")
        if token:
            headers["Authorization"] = "Bearer " + token
        conn = http.client.HTTPConnection(self.url.hostname, self.url.port or 80, timeout=60)
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            return Response(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        except (ConnectionError, socket.timeout, http.client.HTTPException, OSError):
            # A server may answer 413 and close before a large body is written.
            return Response(0, {}, b"")
        finally:
            conn.close()

    def login(self, email, password, cookies=False):
        """Signs in from a new X-Forwarded-For address, so lockouts of one address never block the next sign-in."""
        self.sign_ins += 1
        address = f"203.0.{self.sign_ins // 250}.{self.sign_ins % 250 + 1}"
        response = self.send("POST", "/api/auth/login", {"email": email, "password": password},
                             headers={"X-Forwarded-For": address})
        if response.status != 200:
            raise SystemExit(f"login as {email} failed: {response.status} {response.body[:300]!r}")
        return response.json

    def document(self):
        return json.loads(self.send("GET", "/swagger/v1/swagger.json").body)
