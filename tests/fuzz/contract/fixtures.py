"""What each write operation needs to be accepted: path ids, tokens, values only the API knows (refresh tokens,
current passwords, existing influencer ids), and a read of what the write would change, to prove a refused
variant changed nothing."""
import uuid

from .schema import DROP

USER_PASSWORD = "fuzz-password-0001"


class Fixtures:
    def __init__(self, client, admin_email, admin_password):
        self.client = client
        self.admin_email, self.admin_password = admin_email, admin_password
        self.admin = client.login(admin_email, admin_password)["accessToken"]
        self.influencer = self.create("/api/influencers", {"handle": "fuzzw_" + uuid.uuid4().hex[:10], "platform": "instagram"})
        self.list = self.create("/api/lists", {"name": "fuzz " + uuid.uuid4().hex[:8]})
        self.user_email, self.user_password = self.register()

    def create(self, path, body):
        response = self.client.send("POST", path, body, token=self.admin)
        if response.status != 201:
            raise SystemExit(f"setup: POST {path} gave {response.status} {response.body[:300]!r}")
        return response.json["id"]

    def register(self):
        email = f"fuzz-{uuid.uuid4().hex[:12]}@analisaai.test"
        response = self.client.send("POST", "/api/auth/register", {"email": email, "password": USER_PASSWORD, "displayName": "Fuzz"})
        if response.status != 201:
            raise SystemExit(f"setup: register gave {response.status} {response.body[:300]!r} (Development has open registration)")
        return email, USER_PASSWORD

    def refresh_admin(self):
        if self.client.send("GET", "/api/auth/me", token=self.admin).status != 200:
            self.admin = self.client.login(self.admin_email, self.admin_password)["accessToken"]

    def get(self, path, token=None):
        response = self.client.send("GET", path, token=token or self.admin)
        return response.json if response.status == 200 else {"status": response.status}

    def for_operation(self, method, path):
        """(concrete path, token, overrides() -> dict, after_valid(body), state() -> comparable), or None."""
        ids = {"{id}": self.list if path.startswith("/api/lists") else self.influencer}
        concrete = path
        for name, value in ids.items():
            concrete = concrete.replace(name, value)
        admin = lambda: self.admin  # noqa: E731 - the token is re-read after a sign-in
        nothing = lambda: {}  # noqa: E731
        unchanged = lambda: None  # noqa: E731
        influencer = lambda: strip(self.get(f"/api/influencers/{self.influencer}"))  # noqa: E731
        key = (method, path)
        if key == ("POST", "/api/auth/change-password"):
            user = {"password": self.user_password, "token": self.client.login(self.user_email, self.user_password)["accessToken"]}

            def changed(body):
                user["password"] = self.user_password = body["newPassword"]
            return concrete, lambda: user["token"], lambda: {"currentPassword": user["password"]}, changed, unchanged
        if key == ("POST", "/api/auth/login"):
            return concrete, lambda: None, lambda: {"email": self.user_email, "password": self.user_password}, None, unchanged
        if key in (("POST", "/api/auth/logout"), ("POST", "/api/auth/refresh")):
            return concrete, lambda: None, lambda: {"refreshToken": self.client.login(self.user_email, self.user_password)["refreshToken"]}, None, unchanged
        if key == ("POST", "/api/auth/register"):
            return concrete, lambda: None, lambda: {"invitationToken": DROP}, None, unchanged
        if key == ("POST", "/api/influencers"):
            return concrete, admin, nothing, None, lambda: self.get("/api/influencers?pageSize=1").get("totalCount")
        if key == ("PUT", "/api/influencers/{id}"):
            return concrete, admin, lambda: {"handle": "fuzzw_" + uuid.uuid4().hex[:10]}, None, influencer
        if key == ("POST", "/api/influencers/{id}/posts"):
            return concrete, admin, nothing, None, lambda: self.get(f"/api/influencers/{self.influencer}/posts").get("totalCount")
        if key == ("POST", "/api/influencers/{id}/audience-snapshots"):
            return concrete, admin, nothing, None, lambda: self.get(f"/api/influencers/{self.influencer}/audience").get("items")
        if key == ("POST", "/api/influencers/{id}/stories"):
            return concrete, admin, nothing, None, influencer
        if key == ("POST", "/api/invitations"):
            return concrete, admin, nothing, None, lambda: len(self.get("/api/invitations").get("items", []))
        if key == ("POST", "/api/lists"):
            return concrete, admin, nothing, None, lambda: len(self.get("/api/lists").get("items", []))
        if key == ("PUT", "/api/lists/{id}"):
            return concrete, admin, nothing, None, lambda: self.get("/api/lists").get("items")
        if key == ("POST", "/api/lists/{id}/items"):
            return concrete, admin, lambda: {"influencerIds": [self.influencer]}, None, lambda: self.get(f"/api/lists/{self.list}/items").get("items")
        return None


def strip(influencer):
    """The influencer as its body sets it: run and freshness fields move on their own."""
    if not isinstance(influencer, dict):
        return influencer
    return {k: influencer.get(k) for k in ("handle", "platform", "displayName", "followers", "following", "postsCount", "categories")}
