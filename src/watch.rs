//! The islands' effects: a function run now and again whenever a signal it read changes, for as
//! long as the owner it was made under lives. A `RenderEffect` under the hood: its code is shared
//! by every caller, where each `Effect::new` compiles an async task of its own into the wasm
//! (about 1 KB of brotli each). It runs at once, so one that needs the island's element finds
//! the node ref empty on its first run and runs again once hydration fills it.

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;

pub fn watch(mut run: impl FnMut() + 'static) {
    let effect = RenderEffect::new(move |_: Option<()>| run());
    let held = send_wrapper::SendWrapper::new(effect);
    on_cleanup(move || drop(held));
}
