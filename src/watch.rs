//! The islands' effects: a function run now and again whenever a signal it read changes, for as
//! long as the owner it was made under lives. A `RenderEffect` under the hood: its code is shared
//! by every caller, where each `Effect::new` compiles an async task of its own into the wasm
//! (about 1 KB of brotli each). It runs at once.
//!
//! `listen` is the islands' event listeners, held the same way.

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;

pub fn watch(mut run: impl FnMut() + 'static) {
    let effect = RenderEffect::new(move |_: Option<()>| run());
    let held = send_wrapper::SendWrapper::new(effect);
    on_cleanup(move || drop(held));
}

/// Listens for `kind` on `target` for as long as the current owner lives.
pub fn listen(
    target: &web_sys::EventTarget,
    kind: &'static str,
    mut run: impl FnMut(&web_sys::Event) + 'static,
) {
    let listener = gloo_events::EventListener::new(target, kind, move |ev| run(ev));
    let held = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(held));
}
