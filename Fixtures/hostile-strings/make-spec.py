# Writes hostile-strings.json: every string Specsmith copies into code holds text that would break
# out of a string literal or a comment if it were not escaped. Run: python3 make-spec.py
import json
H = '*/ /* " \\ \\(fatalError()) #" "# """ """# LF\nLEAK CR\rLEAK CRLF\r\nLEAK LS\u2028LEAK PS\u2029LEAK NEL\u0085LEAK VT\vLEAK FF\fLEAK NUL\0 TAB\t RLO\u202e EMOJI \U0001F98A end'
L = H.replace('LEAK', 'text')
long = 'x' * 10000
spec = {
 "openapi": "3.1.0",
 "info": {"title": "Hostile " + H, "version": "1.0 " + L, "description": "API " + H},
 "servers": [
   {"url": "https://example.com/base/{region}/" + L, "description": "Server " + H,
    "variables": {"region": {"default": "eu " + L, "description": "Region " + H}}},
   {"url": "https://example.org/" + L},
 ],
 "tags": [{"name": "Tag " + L, "description": "Tag " + H}],
 "security": [{"bearer " + L: []}, {"key " + L: []}],
 "paths": {
  "/things/{thing id}/" + L.replace("{", "(").replace("}", ")"): {
   "parameters": [{"name": "thing id", "in": "path", "required": True, "description": "Path " + H, "schema": {"type": "string"}}],
   "get": {
    "operationId": "get\\(fatalError())Item " + L,
    "summary": "Summary " + H, "description": "Operation " + H, "tags": ["Tag " + L],
    "parameters": [
      {"name": "X-Hostile " + L, "in": "header", "description": "Header " + H, "schema": {"type": "string"}},
      {"name": "q " + L, "in": "query", "description": "Query " + H,
       "schema": {"type": "string", "pattern": '^[a-z]+$ #"""## ' + L, "example": "example " + L}},
    ],
    "responses": {
      "200": {"description": "OK " + H,
              "headers": {"X-Rate " + L: {"description": "Rate " + H, "schema": {"type": "integer"}}},
              "content": {'application/json; profile="' + L + '"': {"schema": {"$ref": "#/components/schemas/Thing.v1-beta_2"}}}},
      "500": {"description": "Error " + H},
    }},
   "post": {
    "operationId": "make " + L,
    "tags": ["Tag" + long],
    "requestBody": {"description": "Body " + H, "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing.v1-beta_2"}}}},
    "responses": {"201": {"description": "Created " + H}},
   }},
 },
 "components": {
  "securitySchemes": {
    "bearer " + L: {"type": "http", "scheme": "bearer", "description": "Scheme " + H},
    "key " + L: {"type": "apiKey", "in": "header", "name": "X-Key " + L},
  },
  "schemas": {
   "Thing.v1-beta_2": {
     "title": "Title " + H, "description": "Thing " + H, "type": "object", "required": ["name " + L],
     "properties": {
       "name " + L: {"type": "string", "description": "Name " + H, "default": "default " + L,
                     "examples": ["example " + L], "pattern": "^(?!\\\\\\(x\\)).*$", "maxLength": 20000},
       "mood": {"$ref": "#/components/schemas/Mood_v1"},
       "long": {"type": "string", "description": long + " LEAK", "const": long},
       "kind": {"type": "string", "const": "const " + L},
       "count": {"type": "integer", "default": 3, "description": "Count " + H},
     }},
   "Mood_v1": {"description": "Mood " + H, "type": "string", "enum": ["happy " + L, L, long, ""]},
   # libyaml reads keys of at most 1,024 characters (YAML's limit on implicit keys, JSON's flow
   # mappings included), so the longest schema name a spec can have is shorter than 10,000.
   "Long" + "y" * 1000: {"description": "A schema whose name is 1,004 characters long", "type": "string", "enum": ["a", "b"]},
   "Name " + L: {"description": "A schema whose name is hostile " + H, "type": "object",
                 "properties": {L: {"type": "string", "description": "Property " + H}}},
  }},
}
# Non-ASCII stays raw (libyaml, which reads JSON too, rejects the surrogate-pair escapes JSON
# uses for emoji) except the characters YAML 1.1 counts as line breaks, which libyaml would
# fold inside a quoted scalar: those are written as escapes.
text = json.dumps(spec, indent=2, ensure_ascii=False)
for character in "\u2028\u2029\u0085":
    text = text.replace(character, "\\u%04x" % ord(character))
open("hostile-strings.json", "w").write(text + "\n")
