#!/usr/bin/env python3
"""Checks room tokens with an independent library (PyJWT): each signature with
the configured key and algorithm, the audience and the issuer. Input: a JSON
file with a list of {"token", "alg", "key" (the secret, or the public key in
PEM), "audience", "issuer"}. Output (stdout): a JSON list of {"header",
"claims"} for the caller to compare with the meeting. Exits 1 when a token does
not verify. Times are not checked here (the tests run at injected instants);
the caller compares nbf and exp with the meeting's window."""
import json
import sys

import jwt


def main():
    cases = json.load(open(sys.argv[1]))
    out = []
    for case in cases:
        try:
            claims = jwt.decode(
                case["token"], case["key"], algorithms=[case["alg"]],
                audience=case["audience"], issuer=case["issuer"],
                options={"verify_exp": False, "verify_nbf": False, "verify_iat": False,
                         "require": ["iss", "aud", "sub", "room", "nbf", "exp"]})
        except jwt.PyJWTError as e:
            print(f"token does not verify: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
        out.append({"header": jwt.get_unverified_header(case["token"]), "claims": claims})
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
