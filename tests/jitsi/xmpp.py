"""The two XMPP peers tests/jitsi.rs puts around a real Prosody (slixmpp):

- ``focus``: a component standing in for Jicofo at focus.DOMAIN. It records
  every conference request that reaches it (one JSON line on standard output
  each), answers it as Jicofo does (``ready="true"``) and, as Jicofo does,
  joins the room as ``focus`` so that it exists in the MUC; it reports when
  Prosody destroys a room it is in.
- ``client``: what a Jitsi Meet client does before it joins: it logs in
  anonymously and asks the focus component for the conference. It reads one
  room name per line on standard input and answers each with one JSON line:
  ``{"room": …, "ok": true}`` or ``{"room": …, "ok": false, "code": …, "text": …}``
  with the reservation error Prosody's mod_reservations sent.
- ``bosh``: a Jitsi Meet web client on a Jitsi that checks tokens. Jitsi's
  token module reads the token from the BOSH URL (``?room=…&token=…``), as
  the web client sends it, so this client speaks BOSH (XEP-0124/0206) over
  HTTP: it logs in with SASL ANONYMOUS and prints ``{"login": true}`` or
  ``{"login": false, "condition": …, "text": …}``; then it reads commands,
  one per line, ``knock ROOM`` (the conference request, answered as above)
  or ``join ROOM`` (the MUC join a client makes after it: ``{"joined": true,
  "affiliation": …, "role": …}`` or ``{"joined": false, "condition": …,
  "text": …}``).
"""

import asyncio
import json
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as XML
from xml.sax.saxutils import escape

import slixmpp
from slixmpp.xmlstream import ET

FOCUS_NS = "http://jitsi.org/protocol/focus"
STANZAS_NS = "urn:ietf:params:xml:ns:xmpp-stanzas"


def say(**event):
    event["at"] = time.time()
    print(json.dumps(event), flush=True)


class Focus(slixmpp.ComponentXMPP):
    def __init__(self, jid, secret, port, muc):
        super().__init__(jid, secret, "127.0.0.1", port)
        self.port = port
        self.muc = muc
        self.register_handler(
            slixmpp.xmlstream.handler.Callback(
                "conference",
                slixmpp.xmlstream.matcher.MatchXPath("{jabber:component:accept}iq/{%s}conference" % FOCUS_NS),
                self.conference,
            )
        )
        self.add_event_handler("session_start", lambda _: say(focus="up"))
        self.add_event_handler("presence_unavailable", self.gone)
        self.add_event_handler("presence_available", self.joined)

    def conference(self, iq):
        room = iq.xml.find("{%s}conference" % FOCUS_NS).get("room")
        say(focus="request", room=room, sender=str(iq["from"]))
        reply = iq.reply()
        answer = ET.Element("{%s}conference" % FOCUS_NS, {"ready": "true", "room": room, "focusjid": self.boundjid.bare})
        reply.append(answer)
        reply.send()
        presence = self.make_presence(pto="%s/focus" % room, pfrom="focus@%s/focus" % self.boundjid.bare)
        presence.append(ET.Element("{http://jabber.org/protocol/muc}x"))
        presence.send()

    def joined(self, presence):
        x = presence.xml.find("{http://jabber.org/protocol/muc#user}x")
        codes = [s.get("code") for s in x.findall("{http://jabber.org/protocol/muc#user}status")] if x is not None else []
        if "110" in codes:
            say(focus="joined", room=presence["from"].bare, created="201" in codes)

    def gone(self, presence):
        x = presence.xml.find("{http://jabber.org/protocol/muc#user}x")
        if x is not None and x.find("{http://jabber.org/protocol/muc#user}destroy") is not None:
            reason = x.findtext("{http://jabber.org/protocol/muc#user}destroy/{http://jabber.org/protocol/muc#user}reason")
            say(focus="destroyed", room=presence["from"].bare, reason=reason)


class Client(slixmpp.ClientXMPP):
    def __init__(self, domain, port, focus):
        super().__init__(domain, "", sasl_mech="ANONYMOUS")
        self.port = port
        self.focus = focus
        self.enable_starttls = False
        self.enable_direct_tls = False
        self.enable_plaintext = True
        self.add_event_handler("session_start", self.start)

    async def start(self, _):
        say(client="up", jid=str(self.boundjid))
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := (await reader.readline()).decode().strip():
            await self.knock(line)
        self.disconnect()

    async def knock(self, room):
        iq = self.make_iq_set(ito=self.focus)
        iq.append(ET.Element("{%s}conference" % FOCUS_NS, {"room": room, "machine-uid": "planado-test"}))
        try:
            await iq.send(timeout=30)
            say(room=room, ok=True)
        except slixmpp.exceptions.IqError as e:
            error = e.iq.xml.find("{jabber:client}error")
            reservation = error.find("{%s}reservation-error" % FOCUS_NS) if error is not None else None
            say(
                room=room,
                ok=False,
                code=int(reservation.get("error-code")) if reservation is not None else None,
                text=error.findtext("{%s}text" % STANZAS_NS) if error is not None else None,
            )
        except slixmpp.exceptions.IqTimeout:
            say(room=room, ok=False, code=None, text="timeout")


BOSH_NS = "http://jabber.org/protocol/httpbind"
SASL_NS = "urn:ietf:params:xml:ns:xmpp-sasl"
MUC_NS = "http://jabber.org/protocol/muc"
MUC_USER_NS = "http://jabber.org/protocol/muc#user"


class Bosh:
    """One BOSH session: every request waits for the server's answer (hold 1),
    so the stanzas come back in order."""

    def __init__(self, port, domain, room, token):
        query = urllib.parse.urlencode({"room": room, "token": token})
        self.url = "http://127.0.0.1:%d/http-bind?%s" % (port, query)
        self.domain = domain
        self.rid = 4242
        self.sid = None
        self.inbox = []

    def post(self, children="", **attrs):
        self.rid += 1
        attrs.update(rid=str(self.rid), xmlns=BOSH_NS)
        if self.sid:
            attrs["sid"] = self.sid
        head = " ".join('%s="%s"' % (k.replace("_", ":"), v) for k, v in attrs.items())
        body = "<body %s>%s</body>" % (head, children)
        request = urllib.request.Request(self.url, body.encode(), {"Content-Type": "text/xml; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=30) as answer:
            reply = XML.fromstring(answer.read())
        if reply.get("type") == "terminate":
            raise ConnectionError("BOSH session terminated: %s" % reply.get("condition"))
        self.sid = self.sid or reply.get("sid")
        self.inbox.extend(list(reply))
        return reply

    def wait_for(self, matches, seconds=20):
        deadline = time.time() + seconds
        while True:
            for i, stanza in enumerate(self.inbox):
                if matches(stanza):
                    return self.inbox.pop(i)
            if time.time() > deadline:
                return None
            self.post()

    def login(self):
        self.post(to=self.domain, wait="2", hold="1", ver="1.6", content="text/xml; charset=utf-8",
                  xmpp_version="1.0", xmlns_xmpp="urn:xmpp:xbosh")
        self.wait_for(lambda s: s.tag.endswith("features"))
        self.post('<auth xmlns="%s" mechanism="ANONYMOUS"/>' % SASL_NS)
        done = self.wait_for(lambda s: s.tag in ("{%s}success" % SASL_NS, "{%s}failure" % SASL_NS))
        if done is None or done.tag.endswith("failure"):
            condition = [c.tag.split("}")[1] for c in done if not c.tag.endswith("text")] if done is not None else []
            text = done.findtext("{%s}text" % SASL_NS) if done is not None else "timeout"
            return dict(login=False, condition=(condition or [None])[0], text=text)
        self.inbox.clear()
        self.post(to=self.domain, xmpp_restart="true", xmlns_xmpp="urn:xmpp:xbosh")
        self.wait_for(lambda s: s.tag.endswith("features"))
        self.post('<iq type="set" id="bind" xmlns="jabber:client"><bind xmlns="urn:ietf:params:xml:ns:xmpp-bind"/></iq>')
        bound = self.wait_for(lambda s: s.get("id") == "bind")
        self.jid = bound.findtext(".//{urn:ietf:params:xml:ns:xmpp-bind}jid")
        return dict(login=True, jid=self.jid)

    def knock(self, room, focus):
        self.post('<iq type="set" id="knock" to="%s" xmlns="jabber:client"><conference xmlns="%s" room="%s" machine-uid="planado-test"/></iq>'
                  % (focus, FOCUS_NS, room))
        answer = self.wait_for(lambda s: s.get("id") == "knock", 40)
        if answer is None:
            return dict(room=room, ok=False, code=None, text="timeout")
        if answer.get("type") == "result":
            return dict(room=room, ok=True)
        error = answer.find("{jabber:client}error")
        reservation = error.find("{%s}reservation-error" % FOCUS_NS) if error is not None else None
        return dict(room=room, ok=False,
                    code=int(reservation.get("error-code")) if reservation is not None else None,
                    text=error.findtext("{%s}text" % STANZAS_NS) if error is not None else None)

    def join(self, room, password=None):
        secret = "<password>%s</password>" % escape(password) if password else ""
        nick = self.jid.split("@")[0][:8]
        # A display name, as Jitsi Meet sends one (a lobby asks for it).
        name = '<nick xmlns="http://jabber.org/protocol/nick">Guest %s</nick>' % nick
        self.post('<presence to="%s/%s" xmlns="jabber:client"><x xmlns="%s">%s</x>%s</presence>' % (room, nick, MUC_NS, secret, name))

        def mine(s):
            if s.tag != "{jabber:client}presence" or not s.get("from", "").startswith(room):
                return False
            if s.get("type") == "error":
                return True
            codes = [c.get("code") for c in s.findall("{%s}x/{%s}status" % (MUC_USER_NS, MUC_USER_NS))]
            return "110" in codes

        answer = self.wait_for(mine)
        if answer is None:
            return dict(room=room, joined=False, condition=None, text="timeout")
        if answer.get("type") == "error":
            error = answer.find("{jabber:client}error")
            conditions = [c.tag.split("}")[1] for c in error if c.tag.startswith("{%s}" % STANZAS_NS) and not c.tag.endswith("text")]
            return dict(room=room, joined=False, condition=(conditions or [None])[0],
                        text=error.findtext("{%s}text" % STANZAS_NS))
        item = answer.find("{%s}x/{%s}item" % (MUC_USER_NS, MUC_USER_NS))
        return dict(room=room, joined=True, affiliation=item.get("affiliation"), role=item.get("role"))


def bosh(port, domain, focus, room, token):
    client = Bosh(port, domain, room, token)
    login = client.login()
    say(**login)
    if not login["login"]:
        return
    for line in sys.stdin:
        command, _, room = line.strip().partition(" ")
        if command == "knock":
            say(**client.knock(room, focus))
        elif command == "join":
            room, _, password = room.partition(" ")
            say(**client.join(room, password or None))
        else:
            break


def main():
    role, port = sys.argv[1], int(sys.argv[2])
    if role == "bosh":
        return bosh(port, *sys.argv[3:7])
    if role == "focus":
        peer = Focus(sys.argv[3], sys.argv[4], port, sys.argv[5])
        peer.connect()
    else:
        peer = Client(sys.argv[3], port, sys.argv[4])
        peer.connect("127.0.0.1", port)
    asyncio.get_event_loop().run_until_complete(peer.disconnected)


if __name__ == "__main__":
    main()
