//! The ILRS explainer: the baked dataset, the pure core that reads it, and the Leptos components
//! that render it (prerendered natively with `ssr`, hydrated in the browser with `hydrate`).

pub mod app;
pub mod components;
pub mod core;
pub mod data;
pub mod hooks;
pub mod model;
#[cfg(feature = "hydrate")]
pub mod mount;
#[cfg(feature = "ssr")]
pub mod site;
