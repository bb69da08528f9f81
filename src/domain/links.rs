//! The URLs Planado hands out. The conference name travels only in links: in the
//! invite link's fragment (Jitsi's own `#config.subject=`, which no browser sends
//! to a server) and in the calendar link's query.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::door::Door;
use super::ids::{AdminKey, InviteId, RoomId};

/// Everything but RFC 3986's unreserved characters is encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// The `config.*` keys every room link sets in Jitsi besides the name, in
/// order, as Jitsi reads them from a URL's fragment: `doNotStoreRoom` (the
/// secret room stays out of the guest's list of recent meetings) and the
/// operator's `jitsi_link_config`. Keys are without the `config.` prefix.
/// They are the same for every link, so they are encoded once, here.
#[derive(Debug, Clone, PartialEq)]
pub struct JitsiOverrides {
    pairs: Vec<(String, serde_json::Value)>,
    /// `config.key=value&…`, as the fragment carries them.
    encoded: String,
}

impl JitsiOverrides {
    /// Planado's own: `doNotStoreRoom = true`, then `keys` (checked by the
    /// caller against Jitsi's whitelist), each replacing an earlier one of
    /// the same name.
    pub fn with(keys: impl IntoIterator<Item = (String, serde_json::Value)>) -> JitsiOverrides {
        let mut all = vec![("doNotStoreRoom".to_string(), serde_json::Value::Bool(true))];
        for (key, value) in keys {
            all.retain(|(k, _)| *k != key);
            all.push((key, value));
        }
        let encoded = all
            .iter()
            .map(|(key, value)| jitsi_param(key, value))
            .collect::<Vec<_>>()
            .join("&");
        JitsiOverrides {
            pairs: all,
            encoded,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &serde_json::Value)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// What guests' links carry for a room behind `door`: with the lobby on,
    /// `lobby.autoKnock`, so that Jitsi knocks for them at once.
    pub fn for_guests(&self, door: &Door) -> std::borrow::Cow<'_, JitsiOverrides> {
        if !door.lobby {
            return std::borrow::Cow::Borrowed(self);
        }
        let knock = ("lobby.autoKnock".to_string(), serde_json::Value::Bool(true));
        std::borrow::Cow::Owned(JitsiOverrides::with(
            self.pairs.iter().cloned().chain([knock]),
        ))
    }
}

impl Default for JitsiOverrides {
    fn default() -> Self {
        JitsiOverrides::with([])
    }
}

/// A value as Jitsi Meet's `parseURLParams` reads it back unchanged: JSON,
/// percent-encoded. Before `JSON.parse` Jitsi folds the quotes ‘ ’ “ ” to
/// ASCII ones and its first `\&` to `&`, which would break or change the JSON;
/// JSON's own escapes (`\u2018`, `\u0026`) pass through both untouched, and
/// these characters can only stand inside JSON strings.
fn jitsi_value(value: &serde_json::Value) -> String {
    let mut json = String::new();
    for c in value.to_string().chars() {
        match c {
            '&' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' => {
                json.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => json.push(c),
        }
    }
    encode(&json)
}

/// `config.key=value` as Jitsi reads it from a fragment.
fn jitsi_param(key: &str, value: &serde_json::Value) -> String {
    format!("config.{key}={}", jitsi_value(value))
}

/// The fragment of every link into Jitsi (and of the invite and admin links,
/// whose fragment the browser carries across the redirect into the room):
/// `#config.subject=…&config.localSubject=…` with the name (older Jitsi
/// versions show the one, newer the other), then the overrides.
pub fn jitsi_fragment(name: &str, overrides: &JitsiOverrides) -> String {
    let mut parts = Vec::with_capacity(3);
    if !name.is_empty() {
        let name = serde_json::Value::String(name.to_string());
        parts.extend(["subject", "localSubject"].map(|key| jitsi_param(key, &name)));
    }
    if !overrides.encoded.is_empty() {
        parts.push(overrides.encoded.clone());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("#{}", parts.join("&"))
    }
}

pub fn invite_url(
    base: &str,
    invite_id: &InviteId,
    name: &str,
    overrides: &JitsiOverrides,
) -> String {
    format!(
        "{base}/invite?id={}{}",
        encode(invite_id.as_str()),
        jitsi_fragment(name, overrides)
    )
}

/// The admin link carries the name in its fragment too, so that the admin page
/// can show it and hand it on to the invite link and the calendar file.
pub fn admin_url(
    base: &str,
    invite_id: &InviteId,
    key: &AdminKey,
    name: &str,
    overrides: &JitsiOverrides,
) -> String {
    format!(
        "{base}/admin?id={}&key={}{}",
        encode(invite_id.as_str()),
        encode(key.as_str()),
        jitsi_fragment(name, overrides)
    )
}

pub fn ics_url(base: &str, invite_id: &InviteId, name: &str) -> String {
    format!(
        "{base}/ics?id={}&name={}",
        encode(invite_id.as_str()),
        encode(name)
    )
}

/// The meeting's calendar feed (`ics?id=…&feed=1`): the series as it stands
/// now, for a calendar to subscribe to. The name goes in only when asked for:
/// a calendar server that fetches the feed sees its link.
pub fn feed_url(base: &str, invite_id: &InviteId, name: &str) -> String {
    let named = if name.is_empty() {
        String::new()
    } else {
        format!("&name={}", encode(name))
    };
    format!("{base}/ics?id={}&feed=1{named}", encode(invite_id.as_str()))
}

/// Where a calendar subscribes to a feed: the feed as `webcal://` (which
/// calendar programs open as a subscription), as it is, and the one-click
/// subscriptions of Google Calendar and Outlook on the web (plain links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub webcal: String,
    pub https: String,
    pub google: String,
    pub outlook: String,
}

pub fn subscription(feed: &str) -> Subscription {
    let webcal = match feed.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => feed.to_string(),
    };
    Subscription {
        google: format!(
            "https://calendar.google.com/calendar/render?cid={}",
            encode(&webcal)
        ),
        outlook: format!(
            "https://outlook.live.com/calendar/0/addfromweb?url={}",
            encode(feed)
        ),
        webcal,
        https: feed.to_string(),
    }
}

/// The organiser's page, relative, for its own forms and redirects.
pub fn admin_path(invite_id: &InviteId, key: &AdminKey) -> String {
    format!(
        "admin?id={}&key={}",
        encode(invite_id.as_str()),
        encode(key.as_str())
    )
}

/// A page of the meeting, relative (`invite?id=`, `ics?id=`).
pub fn relative(page: &str, invite_id: &InviteId) -> String {
    format!("{page}?id={}", encode(invite_id.as_str()))
}

pub fn room_url(jitsi_url: &str, room_id: &RoomId) -> String {
    format!("{jitsi_url}/{room_id}")
}

/// `scheme://host[:port]` of a URL.
pub fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let end = url[after_scheme..]
        .find('/')
        .map_or(url.len(), |i| after_scheme + i);
    &url[..end]
}

/// `mailto:` with subject and body; Planado never learns the recipients.
pub fn mailto(subject: &str, body: &str) -> String {
    // Mail clients expect CRLF line ends in a mailto body (RFC 6068).
    let body = body.replace('\n', "\r\n");
    format!("mailto:?subject={}&body={}", encode(subject), encode(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_rides_in_the_fragment() {
        let abc = InviteId::parse("abc").unwrap();
        let none = JitsiOverrides::default();
        let url = invite_url("https://p.example", &abc, "Team \"A\" & Über", &none);
        let name = "%22Team%20%5C%22A%5C%22%20%5Cu0026%20%C3%9Cber%22";
        assert_eq!(
            url,
            format!(
                "https://p.example/invite?id=abc#config.subject={name}&config.localSubject={name}&config.doNotStoreRoom=true"
            )
        );
        assert_eq!(
            invite_url("https://p.example", &abc, "", &none),
            "https://p.example/invite?id=abc#config.doNotStoreRoom=true"
        );
    }

    #[test]
    fn what_jitsi_folds_is_escaped_in_the_json() {
        let none = JitsiOverrides::default();
        let fragment = jitsi_fragment("„a“ ‘b’ ”c” \\&", &none);
        let value = fragment
            .strip_prefix("#config.subject=")
            .and_then(|f| f.split('&').next())
            .unwrap();
        let json = percent_encoding::percent_decode_str(value)
            .decode_utf8()
            .unwrap();
        assert_eq!(json, r#""„a\u201c \u2018b\u2019 \u201dc\u201d \\\u0026""#);
        let back: String = serde_json::from_str(&json).unwrap();
        assert_eq!(back, "„a“ ‘b’ ”c” \\&");
    }

    #[test]
    fn an_override_replaces_the_default() {
        let overrides = JitsiOverrides::with([
            ("doNotStoreRoom".to_string(), serde_json::json!(false)),
            (
                "prejoinConfig.enabled".to_string(),
                serde_json::json!(false),
            ),
        ]);
        assert_eq!(
            jitsi_fragment("", &overrides),
            "#config.doNotStoreRoom=false&config.prejoinConfig.enabled=false"
        );
    }

    #[test]
    fn mailto_is_fully_encoded() {
        let m = mailto("Einladung: a&b", "x\ny");
        assert_eq!(m, "mailto:?subject=Einladung%3A%20a%26b&body=x%0D%0Ay");
    }
}
