//! The application value, built once per process, and the per-request part.
//!
//! A CGI process builds an [`App`] for its one request and connects to the
//! store when a handler asks; a persistent process (FastCGI, `planado serve`)
//! builds one and keeps it: configuration, languages and a pool of store
//! connections. Every request then gets a [`Context`]: the app and the
//! instant, read once at the edge.

use std::ops::Deref;

use chrono::{DateTime, Duration, Utc};

use crate::config::{Config, ConfigError};
use crate::domain::links::JitsiOverrides;
use crate::domain::{Meeting, RoomMinter};
use crate::i18n::{Catalog, Languages};
use crate::pages::{Chrome, LanguageLink};
use crate::store::pool::{self, Pool, StoreHandle};
use crate::store::{self, StoreError};
use crate::token::{self, Grant};
use crate::web::failure::failure_response;
use crate::web::{Failure, HttpResponse, Negotiation, Request};

/// How long a token made before the opening holds: long enough for the
/// organiser, who alone may enter early, to get in; not days of a moderator's
/// token lying about in a browser's history.
pub const ENTRY_BEFORE_OPENING: Duration = Duration::minutes(10);

pub struct App {
    pub config: Config,
    pub languages: Languages,
    /// Makes the rooms, tagged with the reservation backend's secret when it
    /// is on, so that the backend knows Planado's past rooms again.
    pub rooms: RoomMinter,
    stores: StoreSource,
}

/// Where a request's store connection comes from.
enum StoreSource {
    /// CGI: one connection for the process's one request.
    PerRequest,
    /// Persistent modes: connections kept, checked before each use and
    /// replaced when the server went away.
    Pooled(Pool),
}

impl App {
    /// Configuration and languages from the environment; the store is opened
    /// per request.
    pub fn from_env() -> Result<App, ConfigError> {
        let config = Config::from_env()?;
        let languages = Languages::load(&config.i18n_dir).map_err(|e| ConfigError(e.0))?;
        let rooms = match &config.reservations {
            Some(r) => RoomMinter::keyed(&r.api_token),
            None => RoomMinter::untagged(),
        };
        Ok(App {
            config,
            languages,
            rooms,
            stores: StoreSource::PerRequest,
        })
    }

    /// The same app with a pool of up to `size` store connections (none is
    /// opened until a request needs one, so a process starts while the
    /// database is down and serves 503 pages until it is back).
    pub fn pooled(self, size: u32) -> App {
        let pool = pool::new(&self.config, size);
        App {
            stores: StoreSource::Pooled(pool),
            ..self
        }
    }

    /// The pool's connections now, busy and idle (`None`: one per request).
    pub fn pool_state(&self) -> Option<(u32, u32)> {
        match &self.stores {
            StoreSource::PerRequest => None,
            StoreSource::Pooled(pool) => {
                let state = pool.state();
                Some((
                    state.connections - state.idle_connections,
                    state.idle_connections,
                ))
            }
        }
    }

    /// A store connection for one request.
    pub fn store(&self) -> Result<StoreHandle, Failure> {
        let handle = match &self.stores {
            StoreSource::PerRequest => StoreHandle::Own(store::open(&self.config)?),
            StoreSource::Pooled(pool) => StoreHandle::Pooled(
                pool.get()
                    .map_err(|e| StoreError::Unavailable(e.to_string()))?,
            ),
        };
        Ok(handle)
    }

    /// The per-request part: this app at an instant.
    pub fn at(&self, now: DateTime<Utc>) -> Context<'_> {
        Context { app: self, now }
    }
}

/// What a handler gets besides the request: the app and the current instant.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub app: &'a App,
    pub now: DateTime<Utc>,
}

impl Deref for Context<'_> {
    type Target = App;
    fn deref(&self) -> &App {
        self.app
    }
}

impl Context<'_> {
    /// The request's language: its link's `?lang=`, else its `Accept-Language`.
    pub fn catalog(&self, req: &Request) -> Catalog {
        self.catalog_for(&req.negotiation)
    }

    fn catalog_for(&self, negotiation: &Negotiation) -> Catalog {
        self.languages
            .pick(negotiation.lang.as_deref(), &negotiation.accept_language)
    }

    /// The prefix for static files in pages: relative ("") beside the
    /// binaries, or the configured `static_url`.
    pub fn static_base(&self) -> String {
        if self.config.static_url.is_empty() {
            String::new()
        } else {
            format!("{}/", self.config.static_url)
        }
    }

    /// The frame of a page in `t`'s language for `req`: the static files,
    /// the language menu, the chosen language its links keep.
    pub fn chrome(&self, req: &Request, t: &Catalog) -> Chrome {
        self.chrome_for(&req.menu_base(), t)
    }

    /// The same frame without a language menu, for a page that cannot be
    /// shown again (the booking's secrets): a menu link would lose it.
    pub fn chrome_without_menu(&self, req: &Request, t: &Catalog) -> Chrome {
        Chrome {
            languages: Vec::new(),
            ..self.chrome(req, t)
        }
    }

    /// The frame with a menu whose links lead to `base` + `lang=`.
    fn chrome_for(&self, base: &str, t: &Catalog) -> Chrome {
        let joiner = if base.ends_with('?') { "" } else { "&" };
        let languages = self
            .languages
            .codes()
            .into_iter()
            .map(|tag| LanguageLink {
                name: self.languages.name(tag).to_string(),
                href: format!("{base}{joiner}lang={tag}"),
                current: tag == t.lang(),
                tag: tag.to_string(),
            })
            .collect();
        Chrome {
            static_base: self.static_base(),
            languages,
            chosen: t.explicit().then(|| t.lang().to_string()),
        }
    }

    /// The error page or JSON error for `failure`, in the client's language
    /// and format (the one place a `Failure` becomes an answer).
    pub fn failure_response(&self, negotiation: &Negotiation, failure: Failure) -> HttpResponse {
        let t = self.catalog_for(negotiation);
        // An error page's menu leads to the booking form: it echoes nothing
        // of the request (a wrong key answers exactly as an unknown id).
        let chrome = self.chrome_for("index?", &t);
        failure_response(negotiation, &t, chrome, failure)
    }

    /// The room of a meeting's current occurrence, with a token when Jitsi
    /// checks them (made now, at the redirect: never stored). From the
    /// opening on, the token holds until the room's window ends, so a visitor
    /// who comes late still gets in; before the opening (only the organiser
    /// enters then) it holds just long enough to get in.
    pub fn room_link(
        &self,
        req: &Request,
        meeting: &Meeting,
        moderator: bool,
    ) -> Result<String, Failure> {
        let until = if self.now < meeting.opens() {
            self.now + ENTRY_BEFORE_OPENING
        } else {
            meeting
                .window_end(self.expire())
                .unwrap_or(meeting.due_at)
                .max(self.now)
        };
        let grant = Grant {
            room: &meeting.room_id,
            until,
            moderator,
        };
        Ok(token::room_link(
            &self.config.jitsi_url,
            self.config.jwt.as_ref(),
            &grant,
            &self.visitor_language(req),
            self.now,
        )?)
    }

    /// The `config.*` keys of the links guests get to `meeting` (the invite
    /// link, its calendar, the consent button): the lobby knocks for them.
    pub fn guest_overrides(&self, meeting: &Meeting) -> std::borrow::Cow<'_, JitsiOverrides> {
        self.config.jitsi_overrides.for_guests(&meeting.door)
    }

    /// The visitor's language in Jitsi's terms, for the room link's
    /// `?lang=`: the one a link chose or the browser asked for; empty when
    /// neither named one Planado speaks (Jitsi then decides).
    pub fn visitor_language(&self, req: &Request) -> String {
        let negotiation = &req.negotiation;
        let chosen = negotiation
            .lang
            .as_deref()
            .and_then(|tag| self.languages.chosen(tag))
            .or_else(|| self.languages.chosen(&negotiation.accept_language));
        match chosen {
            Some(code) => self.languages.catalog(&code).jitsi_lang(),
            None => String::new(),
        }
    }

    /// What the organiser must know of the public meet.jit.si, when rooms are
    /// there (`public_jitsi_organiser` or `public_jitsi_guest`).
    pub fn public_jitsi_note(&self, t: &Catalog, key: &str) -> Option<String> {
        self.config.on_public_jitsi.then(|| t.get(key).to_string())
    }

    /// How long an occurrence stays open after its start.
    pub fn expire(&self) -> Duration {
        Duration::hours(self.config.expire_after_hours.into())
    }

    /// The lifetimes cleanup works with.
    pub fn lifetimes(&self) -> crate::cleanup::Lifetimes {
        crate::cleanup::Lifetimes {
            expire: self.expire(),
            keep_ended: self.feed_grace(),
        }
    }

    /// How long a cancelled or finished meeting's feed still answers.
    pub fn feed_grace(&self) -> Duration {
        Duration::days(self.config.feed_grace_days.into())
    }

    /// The configured length of a meeting (`meeting_minutes`).
    pub fn default_length(&self) -> Duration {
        Duration::minutes(self.config.meeting_minutes.into())
    }

    /// How long `meeting` lasts: its own length, or the configured one for
    /// meetings booked before lengths existed.
    pub fn length_of(&self, meeting: &Meeting) -> Duration {
        meeting.length(self.default_length())
    }

    /// Where the binaries are reached, for the links Planado hands out.
    pub fn base_url(&self, req: &Request) -> String {
        if self.config.public_url.is_empty() {
            req.fallback_base_url.trim_end_matches('/').to_string()
        } else {
            self.config.public_url.clone()
        }
    }
}
