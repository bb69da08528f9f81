//! Planado: book Jitsi Meet conferences in advance behind a waiting page and a
//! secret room. The module map, lowest layer first; each imports only those
//! above it in this list (`tests/layers.rs` checks it):
//!
//! - `clock`, `metrics`, `i18n`: the time, the counts `planado serve` shows,
//!   and the languages, importing nothing of ours;
//! - `domain`: the model (ids, meeting, schedule, texts, calendar);
//! - `config`: the operator's settings;
//! - `store`, `token`: the database, and the room tokens for Jitsi;
//! - `web`, `pages`: HTTP shapes, the one `Failure` and its pages, templates;
//! - `booking_limit`, `cleanup`: the booking cap and cleanup, over the store;
//! - `app`: what a process builds once, and the per-request context;
//! - `handlers`: one module per page;
//! - `edge`: CGI, FastCGI and `planado serve`;
//! - `cli`: the operator's commands.

pub mod clock;

pub mod metrics;

pub mod i18n;

pub mod domain;

pub mod config;

pub mod store;
pub mod token;

pub mod pages;
pub mod web;

pub mod booking_limit;
pub mod cleanup;

pub mod app;

pub mod handlers;

pub mod edge;

pub mod cli;
