"""Valid values and invalid variants from the request schemas of the OpenAPI document."""
import copy
import datetime
import uuid

HUGE = "__HUGE_NUMBER__"  # replaced by 1e309 in the raw body: Python's json cannot write it
DROP = object()  # a fixture's override that leaves a property out of the valid body
WRONG_TYPES = {"string": "not-a-number", "number": 1, "integer": 1, "object": {}, "array": [], "boolean": True}


def resolve(document, schema):
    """Follows $ref and single-member allOf; nullable comes from the outer schema or the one referred to."""
    nullable = bool(schema.get("nullable")) or "null" in (schema.get("type") if isinstance(schema.get("type"), list) else [])
    while True:
        if "$ref" in schema:
            schema = {**document["components"]["schemas"][schema["$ref"].split("/")[-1]],
                      **{k: v for k, v in schema.items() if k != "$ref"}}
        elif len(schema.get("allOf", [])) == 1:
            schema = {**schema["allOf"][0], **{k: v for k, v in schema.items() if k != "allOf"}}
        else:
            break
        nullable = nullable or bool(schema.get("nullable"))
    return schema, nullable


def type_of(schema):
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind or ("object" if "properties" in schema else "string")


def valid(document, schema):
    """A value the schema allows (and the API's own rules, for the values the fixtures don't override)."""
    schema, _ = resolve(document, schema)
    kind = type_of(schema)
    if kind == "object":
        return {name: valid(document, sub) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [valid(document, schema.get("items", {})) for _ in range(max(1, schema.get("minItems", 1)))]
    if kind in ("integer", "number"):
        return max(schema.get("minimum", 1), min(1, schema.get("maximum", 1)))
    if kind == "boolean":
        return True
    if "enum" in schema:
        return schema["enum"][0]
    now = datetime.datetime.now(datetime.timezone.utc)
    fmt = schema.get("format")
    if fmt == "email":
        return f"fuzz-{uuid.uuid4().hex[:12]}@analisaai.test"
    if fmt == "uuid":
        return str(uuid.uuid4())
    if fmt == "date":
        return (now.date() - datetime.timedelta(days=1)).isoformat()
    if fmt == "date-time":
        return (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = "fuzz" + uuid.uuid4().hex
    length = max(schema.get("minLength", 0), min(16, schema.get("maxLength", 16)))
    return (text * 3)[:length]


def variants(document, schema, path=(), required=True):
    """(label, path, value or DROP) for every property, recursively into objects and array items."""
    schema, nullable = resolve(document, schema)
    kind = type_of(schema)
    if path:
        if required:
            yield "missing", path, DROP
        if not nullable:
            yield "null", path, None
        for name, value in WRONG_TYPES.items():
            if name != kind and not (kind == "number" and name == "integer") and not (kind == "integer" and name == "number"):
                yield f"type {name}", path, value
    if kind == "object":
        needed = set(schema.get("required", []))
        for name, sub in schema.get("properties", {}).items():
            yield from variants(document, sub, path + (name,), name in needed)
    elif kind == "array":
        item = schema.get("items", {})
        if "maxItems" in schema:
            yield f"{schema['maxItems'] + 1} items", path, ("repeat", schema["maxItems"] + 1)
        if schema.get("minItems", 0) > 0:
            yield f"{schema['minItems'] - 1} items", path, ("repeat", schema["minItems"] - 1)
        # An item cannot be left out, only the list shortened: minItems-1 above.
        yield from variants(document, item, path + (0,), False)
    elif kind in ("integer", "number"):
        if "minimum" in schema:
            yield "minimum-1", path, schema["minimum"] - 1
        if "maximum" in schema:
            yield "maximum+1", path, schema["maximum"] + 1
        if kind == "integer":
            yield "fraction", path, 1.5
            yield "10^30", path, 10 ** 30
        yield "1e309", path, HUGE
        yield "numeric string", path, "1"
    elif kind == "string":
        yield from string_variants(schema, path)
    elif kind == "boolean":
        yield "string 'true'", path, "true"


def string_variants(schema, path):
    if "maxLength" in schema:
        yield "maxLength+1", path, "a" * (schema["maxLength"] + 1)
    yield "100k string", path, "a" * 100_000
    if schema.get("minLength", 0) > 0:
        yield "minLength-1", path, "a" * (schema["minLength"] - 1)
    if "enum" in schema:
        yield "unknown enum value", path, "not_a_" + schema["enum"][0]
    bad_formats = {"uuid": ["x", "00000000-0000-0000-0000-00000000000g"], "date": ["2026-13-40", "30/06/2026"],
                   "date-time": ["2026-13-40T25:61:00Z", "yesterday", "2026-06-30T12:00:00"], "email": ["a@", "no-at-sign"]}
    for bad in bad_formats.get(schema.get("format"), []):
        yield f"format {schema['format']} {bad!r}", path, bad


def apply(body, path, value):
    """A deep copy of body with the value at path replaced (or left out, for DROP)."""
    body = copy.deepcopy(body)
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if value is DROP:
        del parent[last]
    elif isinstance(value, tuple) and value[0] == "repeat":
        parent[last] = [copy.deepcopy(parent[last][0]) for _ in range(value[1])] if parent[last] else []
    else:
        parent[last] = value
    return body


def json_path(path):
    """The field name the contract's errors use: items[3].publishedAt."""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else ("." if text else "") + key
    return text
