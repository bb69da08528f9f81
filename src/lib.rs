//! Planado: book Jitsi Meet conferences in advance behind a waiting page and a
//! secret room. The module map; each module says what it is for.

pub mod app;
pub mod booking_input;
pub mod booking_limit;
pub mod calendar;
pub mod cleanup;
pub mod client;
pub mod clock;
pub mod config;
pub mod edge;
pub mod error;
pub mod handlers;
pub mod i18n;
pub mod ids;
pub mod legacy;
pub mod links;
pub mod meeting;
pub mod pages;
pub mod standing;
pub mod store;
pub mod token;
pub mod web;
