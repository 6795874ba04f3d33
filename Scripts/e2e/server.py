#!/usr/bin/env python3
"""A loopback HTTP server that checks every request against an OpenAPI description.

The end-to-end tests (Tests/EndToEndTests) point generated clients at it. It is deliberately not
written with anything Specsmith generates: requests are validated by openapi-core, an independent
implementation of the OpenAPI rules, so a serialization bug in the generated client shows up as a
validation error here instead of passing a test written by the same hands.

    server.py SPEC [--port 0] [--max-seconds 600] [--ignore-stdin] [--verbose]

The first line on stdout is `listening 127.0.0.1:PORT`. The server binds to 127.0.0.1 only and
stops by itself when stdin closes (so it dies with the test process that started it) or after
--max-seconds, whichever comes first.

Every request whose path does not start with /__control/ is validated (path, query, headers,
cookies, security, body) and recorded. A valid request is answered by the next scripted response
in the queue or, with none queued, by a response the spec documents (see default_response); an
invalid one gets 400 with an application/problem+json body listing the errors, and does not use
up a scripted response.

Control endpoints, neither in the spec nor validated:
    POST /__control/enqueue   a JSON object, or a list of them, appended to the queue:
                              {"status": 429, "headers": {"Retry-After": "1"},
                               "body": "text" | "json": <any JSON> | "bodyBase64": "...",
                               "delaySeconds": 0.5}
    GET  /__control/requests  the recorded requests, oldest first (see Server.handle)
    POST /__control/reset     forgets the queue and the recorded requests
"""

import argparse
import base64
import json
import os
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.styles import StyleDeserializersFactory, style_deserializers
from openapi_core.deserializing.styles.util import deep_object_loads, form_loads
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request import validators as request_validators
from openapi_core.validation.request.exceptions import SecurityValidationError
from werkzeug.datastructures import Headers, ImmutableMultiDict
from werkzeug.http import parse_cookie

CONTROL_PREFIX = "/__control/"
MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_DELAY_SECONDS = 30

# Bodies for operations whose documented success response has a schema but no example, by
# operationId: realistic values that a schema-derived placeholder would not have.
REALISTIC_BODIES = {
    "createBinding": {
        "binding": {
            "uid": "bnd_2f9c1a7e",
            "name": "Daily product card",
            "templateId": "tmpl_123",
            "dataSource": {"type": "http", "url": "https://example.com/feed.json", "method": "GET"},
            "mapping": {"title": "$.name", "price": "$.price"},
            "defaults": {"title": "Untitled", "price": 0},
            "refreshPolicy": {"type": "ttl", "ttlSeconds": 300, "onError": "serve_stale"},
            "status": "active",
            "renderUrl": "https://api.pictify.io/bindings/bnd_2f9c1a7e/render.png",
            "webhookUrl": "https://api.pictify.io/bindings/bnd_2f9c1a7e/refresh",
            "createdAt": "2025-11-25T09:30:00Z",
        }
    },
}


# Where openapi-core 0.23 cannot read a query serialization that the OpenAPI Specification defines,
# these fill the gap (and only the gap: every other case goes to openapi-core's own function). Each
# use is noted in the request's record under "styleWorkarounds", so a test can see it. They turn
# the raw query into values only; the values are still cast and checked against the schema by
# openapi-core, and the tests compare the raw query with the serialization they expect.
workarounds = threading.local()


def note_workaround(text):
    workarounds.used = getattr(workarounds, "used", []) + [text]


def form_or_exploded_object(explode, name, schema_type, location):
    """An exploded `form` object is its members as query items of their own (`R=100&G=200`);
    openapi-core looks for one item named after the parameter instead. Which items are members
    cannot be told from the query, so all of them are (the tests' operations have no others)."""
    if explode and schema_type == "object" and name not in location:
        if not location:
            raise KeyError(name)
        note_workaround(f"{name}: exploded form object read from the query items")
        return {key: location[key] for key in location.keys()}
    return form_loads(explode, name, schema_type, location)


def delimited(delimiter):
    """`spaceDelimited` and `pipeDelimited`. Unexploded, openapi-core splits the decoded value at
    the still-encoded `%20`, which cannot occur in it. Exploded, they have no serialization of
    their own (the specification's table lists only `explode: false`) and openapi-core gives up;
    Specsmith, like other generators, then sends exploded `form` (`color=blue&color=black`)."""
    def loads(explode, name, schema_type, location):
        if explode:
            note_workaround(f"{name}: exploded {'space' if delimiter == ' ' else 'pipe'}Delimited read as exploded form")
            return form_loads(True, name, schema_type, location)
        value = location[name]
        if schema_type == "array":
            return value.split(delimiter)
        if schema_type == "object":
            parts = value.split(delimiter)
            return dict(zip(parts[0::2], parts[1::2]))
        raise ValueError("not available")
    return loads


def deep_object(explode, name, schema_type, location):
    """`deepObject` without `explode` (whose default is false) is undefined by the specification;
    every implementation, Specsmith's included, reads it as the exploded `color[R]=100` form that
    openapi-core accepts only with `explode: true`."""
    if not explode and schema_type == "object":
        note_workaround(f"{name}: deepObject without explode read as exploded")
    return deep_object_loads(True if schema_type == "object" else explode, name, schema_type, location)


def load_openapi(spec_path):
    """openapi-core for `spec_path`, with the style deserializers above."""
    plain = OpenAPI.from_file_path(spec_path)
    deserializers = dict(style_deserializers)
    deserializers.update({
        "form": form_or_exploded_object,
        "spaceDelimited": delimited(" "),
        "pipeDelimited": delimited("|"),
        "deepObject": deep_object,
    })
    factory = StyleDeserializersFactory(
        plain.request_unmarshaller.schema_casters_factory, style_deserializers=deserializers)
    return OpenAPI.from_file_path(spec_path, config=Config(style_deserializers_factory=factory))


class DecodedPathParameters(RequestParameters):
    """Request parameters whose path values are percent-decoded when they are set.

    openapi-core routes on the raw path, so that an encoded `/` (`%2F`) stays inside its segment,
    then stores the segments it matched in `parameters.path`. A server framework decodes them after
    routing; doing it here means the schema is checked against the value the client meant.
    """

    @property
    def path(self):
        return self._path

    @path.setter
    def path(self, values):
        self._path = {name: unquote(value, errors="strict") if isinstance(value, str) else value
                      for name, value in dict(values).items()}


class LoopbackRequest:
    """openapi-core's Request protocol for a request this server received.

    `host_url` is the origin of the spec's first server rather than 127.0.0.1:PORT: the loopback
    server stands in for the API, and openapi-core matches the full URL against the spec's servers.
    The path is given raw (still percent-encoded) for the reason DecodedPathParameters explains.
    """

    def __init__(self, host_url, method, target, headers, body):
        split = urlsplit(target)
        self.host_url = host_url
        self.path = split.path
        self.method = method.lower()
        self.body = body if body else None
        self.content_type = (headers.get("Content-Type") or "application/octet-stream").lower()
        cookies = []
        for value in headers.get_all("Cookie") or []:
            cookies += parse_cookie(value).items(multi=True)
        self.parameters = DecodedPathParameters(
            query=ImmutableMultiDict(parse_qsl(split.query, keep_blank_values=True)),
            header=Headers(list(headers.items())),
            cookie=ImmutableMultiDict(cookies),
        )


class LoopbackResponse:
    """openapi-core's Response protocol, to check the server's own default answers."""

    def __init__(self, status, headers, body):
        self.status_code = status
        self.headers = Headers(headers)
        self.content_type = (self.headers.get("Content-Type") or "").lower()
        self.data = body


def jsonable(value):
    """What openapi-core unmarshalled, as JSON (dates and other objects as their text)."""
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def describe(error):
    """An openapi-core error and the errors under it (schema errors carry the details), as text."""
    lines = [f"{type(error).__name__}: {error}"]
    seen = {id(error)}
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        lines.append(f"{type(cause).__name__}: {cause}")
        for schema_error in getattr(cause, "schema_errors", None) or []:
            location = "/".join(str(part) for part in schema_error.absolute_path)
            lines.append(f"  at '{location}': {schema_error.message}")
        cause = cause.__cause__ or cause.__context__
    for schema_error in getattr(error, "schema_errors", None) or []:
        location = "/".join(str(part) for part in schema_error.absolute_path)
        lines.append(f"  at '{location}': {schema_error.message}")
    return "\n".join(lines)


class PlaceholderMaker:
    """A value that satisfies a schema, for documented responses that have no example."""

    def __init__(self):
        self.depth = 0

    def make(self, schema):
        if self.depth > 8:
            return None
        self.depth += 1
        try:
            return self._make(schema)
        finally:
            self.depth -= 1

    def _make(self, schema):
        for key in ("example", "default", "const"):
            if key in schema:
                return (schema / key).read_value()
        if "examples" in schema:
            examples = (schema / "examples").read_value()
            if isinstance(examples, list) and examples:
                return examples[0]
        if "enum" in schema:
            return (schema / "enum").read_value()[0]
        for key in ("allOf", "oneOf", "anyOf"):
            if key in schema:
                if key == "allOf":
                    merged = {}
                    for index in range(len((schema / key).read_value())):
                        part = self.make(schema / key / index)
                        if isinstance(part, dict):
                            merged.update(part)
                    return merged
                return self.make(schema / key / 0)
        kind = (schema / "type").read_value() if "type" in schema else ("object" if "properties" in schema else "string")
        if isinstance(kind, list):
            kind = next((item for item in kind if item != "null"), "null")
        if kind == "object":
            required = set((schema / "required").read_value()) if "required" in schema else set()
            result = {}
            if "properties" in schema:
                for name in (schema / "properties").str_keys():
                    result[name] = self.make(schema / "properties" / name)
            return {name: value for name, value in result.items() if value is not None or name in required}
        if kind == "array":
            return [self.make(schema / "items")] if "items" in schema else []
        if kind == "integer":
            return max(1, (schema / "minimum").read_value()) if "minimum" in schema else 1
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        text_format = (schema / "format").read_str() if "format" in schema else ""
        return {
            "date-time": "2025-11-25T09:30:00Z",
            "date": "2025-11-25",
            "uri": "https://example.com/resource",
            "uuid": "7f0c2d4e-1b3a-4c5d-8e9f-0a1b2c3d4e5f",
            "email": "someone@example.com",
        }.get(text_format, "text")


class Server:
    def __init__(self, spec_path, verbose):
        self.openapi = load_openapi(spec_path)
        self.host_url = self._api_origin()
        self.path_finder = APICallPathFinder(self.openapi.spec, base_url=None)
        self.verbose = verbose
        self.lock = threading.Lock()
        self.queue = []
        self.records = []

    def _api_origin(self):
        """The origin of the spec's first server, with its variables at their defaults."""
        servers = self.openapi.spec / "servers"
        if not servers.exists() or not servers.read_value():
            return "http://localhost"
        server = servers / 0
        url = (server / "url").read_str()
        if "variables" in server:
            for name, variable in (server / "variables").str_items():
                url = url.replace("{" + name + "}", str((variable / "default").read_value()))
        split = urlsplit(url)
        return f"{split.scheme}://{split.netloc}" if split.scheme and split.netloc else "http://localhost"

    def log(self, text):
        if self.verbose:
            print(text, file=sys.stderr, flush=True)

    # Answers to API requests

    def handle(self, method, target, headers, body):
        """Validates one request, records it and returns (status, headers, body, delay).

        A record holds the request as it arrived (method, target = raw path and query, path, query,
        headers as [name, value] pairs, body as text and as base64), openapi-core's verdict (valid,
        errors, and the parameters and body as it read them), the matched operationId and path
        pattern, the styleWorkarounds used, and the responseStatus sent back."""
        request = LoopbackRequest(self.host_url, method, target, headers, body)
        record = {
            "method": method,
            "target": target,
            "path": urlsplit(target).path,
            "query": urlsplit(target).query,
            "headers": [[name, value] for name, value in headers.items()],
            "body": body.decode("utf-8", errors="replace"),
            "bodyBase64": base64.b64encode(body).decode("ascii"),
        }
        workarounds.used = []
        try:
            result = self.openapi.unmarshal_request(request)
            errors = [describe(error) for error in result.errors]
            if any(isinstance(error, SecurityValidationError) for error in result.errors):
                errors += self._errors_behind_security(request)
            record["parameters"] = jsonable({
                "path": result.parameters.path, "query": result.parameters.query,
                "header": result.parameters.header, "cookie": result.parameters.cookie,
            })
            record["unmarshalledBody"] = jsonable(result.body)
        except Exception as error:  # An exception from the validator is a failed validation too.
            errors = ["validator raised " + "".join(traceback.format_exception_only(type(error), error)).strip()]
        try:
            _, operation, _, path_result, _ = self.path_finder.find(request.method, self.host_url + request.path)
            record["operationId"] = (operation / "operationId").read_str() if "operationId" in operation else None
            record["pathPattern"] = path_result.resolved
        except Exception:
            operation = None
        record["valid"] = not errors
        record["styleWorkarounds"] = sorted(set(workarounds.used))
        record["errors"] = errors
        self.log(f"{method} {target}: {'valid' if not errors else errors}")

        with self.lock:
            self.records.append(record)
            if errors:
                answer = self._problem(400, "Request does not match the API description", errors)
            elif self.queue:
                answer = self.queue.pop(0)
            else:
                answer = None
        if answer is None:
            answer = self.default_response(request, operation)
        record["responseStatus"] = answer[0]
        return answer

    def _errors_behind_security(self, request):
        """openapi-core stops at a security error; the parameters and body are checked too, so one
        run shows everything that is wrong."""
        version = f"V{self.openapi.version.major}{self.openapi.version.minor}"
        errors = []
        for kind in ("RequestParametersValidator", "RequestBodyValidator"):
            validator_class = getattr(request_validators, version + kind, None)
            if validator_class is not None:
                errors += [describe(error) for error in validator_class(self.openapi.spec).iter_errors(request)]
        return errors

    @staticmethod
    def _problem(status, title, errors):
        body = json.dumps({
            "type": "about:blank", "title": title, "status": status,
            "detail": "; ".join(error.splitlines()[0] for error in errors), "errors": errors,
        }).encode()
        return status, [("Content-Type", "application/problem+json")], body, 0

    def default_response(self, request, operation):
        """The first success response the operation documents, with an example, a realistic body
        (REALISTIC_BODIES) or a placeholder for its JSON schema; checked against the spec."""
        responses = operation / "responses" if operation is not None else None
        if responses is None or not responses.exists():
            return 204, [], b"", 0
        codes = list(responses.str_keys())
        success = sorted(code for code in codes if code.startswith("2") and code.isdigit())
        code = success[0] if success else ("2XX" if "2XX" in codes else "default" if "default" in codes else None)
        if code is None:
            return 204, [], b"", 0
        status = int(code) if code.isdigit() else 200
        response = responses / code
        headers, body = [], b""
        if "content" in response:
            media_types = list((response / "content").str_keys())
            media_type = next((name for name in media_types if "json" in name), media_types[0])
            media = response / "content" / media_type
            operation_id = (operation / "operationId").read_str() if "operationId" in operation else None
            if operation_id in REALISTIC_BODIES:
                value = REALISTIC_BODIES[operation_id]
            elif "example" in media:
                value = (media / "example").read_value()
            elif "schema" in media:
                value = PlaceholderMaker().make(media / "schema")
            else:
                value = {}
            body = json.dumps(value).encode() if "json" in media_type else str(value).encode()
            headers.append(("Content-Type", media_type))
        try:
            self.openapi.validate_response(request, LoopbackResponse(status, headers, body))
        except Exception as error:
            # The server's own answer breaks the spec: a bug here, which must not pass for the client's.
            return self._problem(500, "The test server's default response does not match the API description", [describe(error)])
        return status, headers, body, 0

    # Control endpoints

    def control(self, method, path, body):
        """Returns (status, headers, body, delay) for a /__control/ request."""
        if method == "POST" and path == "/__control/enqueue":
            try:
                scripted = json.loads(body or b"null")
                items = scripted if isinstance(scripted, list) else [scripted]
                answers = [self._scripted(item) for item in items]
            except (ValueError, TypeError, KeyError) as error:
                return self._problem(400, "Bad scripted response", [str(error)])
            with self.lock:
                self.queue.extend(answers)
                queued = len(self.queue)
            return self._json(200, {"queued": queued})
        if method == "GET" and path == "/__control/requests":
            with self.lock:
                return self._json(200, list(self.records))
        if method == "POST" and path == "/__control/reset":
            with self.lock:
                self.queue.clear()
                self.records.clear()
            return self._json(200, {"reset": True})
        return self._problem(404, "No such control endpoint", [f"{method} {path}"])

    @staticmethod
    def _scripted(item):
        if not isinstance(item, dict):
            raise TypeError("a scripted response must be a JSON object")
        status = int(item.get("status", 200))
        raw_headers = item.get("headers") or {}
        headers = list(raw_headers.items()) if isinstance(raw_headers, dict) else [tuple(pair) for pair in raw_headers]
        if "json" in item:
            body = json.dumps(item["json"]).encode()
            if not any(name.lower() == "content-type" for name, _ in headers):
                headers.append(("Content-Type", "application/json"))
        elif "bodyBase64" in item:
            body = base64.b64decode(item["bodyBase64"])
        else:
            body = str(item.get("body", "")).encode()
        delay = min(max(float(item.get("delaySeconds", 0)), 0), MAX_DELAY_SECONDS)
        return status, headers, body, delay

    @staticmethod
    def _json(status, value):
        return status, [("Content-Type", "application/json")], json.dumps(value).encode(), 0


def make_handler(server):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "SpecsmithE2E/1"

        def log_message(self, format, *args):
            server.log(format % args)

        def _read_body(self):
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                chunks = []
                total = 0
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass  # trailer fields
                        return b"".join(chunks)
                    total += size
                    if total > MAX_BODY_BYTES:
                        raise ValueError("body too large")
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY_BYTES:
                raise ValueError("body too large")
            return self.rfile.read(length) if length > 0 else b""

        def _serve(self):
            try:
                body = self._read_body()
            except ValueError as error:
                self.close_connection = True
                self._send(*Server._problem(400, "Unreadable body", [str(error)]))
                return
            try:
                path = urlsplit(self.path).path
                if path.startswith(CONTROL_PREFIX):
                    answer = server.control(self.command, path, body)
                else:
                    answer = server.handle(self.command, self.path, self.headers, body)
            except Exception:
                answer = Server._problem(500, "Test server error", [traceback.format_exc()])
            self._send(*answer)

        def _send(self, status, headers, body, delay):
            if delay:
                time.sleep(delay)
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            self.wfile.flush()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _serve

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", help="the OpenAPI description to validate requests against")
    parser.add_argument("--port", type=int, default=0, help="the port on 127.0.0.1; 0 picks a free one")
    parser.add_argument("--max-seconds", type=float, default=600, help="stop after this long whatever happens")
    parser.add_argument("--ignore-stdin", action="store_true", help="keep running when stdin closes")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    arguments = parser.parse_args()

    server = Server(arguments.spec, arguments.verbose)
    httpd = ThreadingHTTPServer(("127.0.0.1", arguments.port), make_handler(server))
    httpd.daemon_threads = True

    # Stop with the process that started us, and in any case after --max-seconds: os._exit
    # because a handler thread may be blocked on a client that never finishes its request.
    if not arguments.ignore_stdin:
        def watch_stdin():
            while sys.stdin.buffer.read(4096):
                pass
            os._exit(0)
        threading.Thread(target=watch_stdin, daemon=True).start()
    cap = threading.Timer(arguments.max_seconds, lambda: os._exit(0))
    cap.daemon = True
    cap.start()

    host, port = httpd.server_address[:2]
    print(f"listening {host}:{port}", flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
