//! What the islands hold for as long as the owner they were made under lives:
//! - `watch`: a function run now and again whenever a signal it read changes. A `RenderEffect`
//!   under the hood: its code is shared by every caller, where each `Effect::new` compiles an
//!   async task of its own into the wasm (about 1 KB of brotli each). It runs at once.
//! - `listen`: an event listener.
//! - `keep`, `keep_then`: anything else that must live as long (observers, their callbacks).
//! - `Root`: an island's element, as a `Copy` handle its closures share.

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use web_sys::HtmlElement;

pub fn watch(mut run: impl FnMut() + 'static) {
    keep(RenderEffect::new(move |_: Option<()>| run()));
}

/// Listens for `kind` on `target` for as long as the current owner lives. The listener is not
/// passive, so `run` may call `prevent_default`. It runs outside any owner: what it needs from
/// the context it must take with it, and it cannot `keep` anything.
pub fn listen(
    target: &web_sys::EventTarget,
    kind: &'static str,
    run: impl FnMut(&web_sys::Event) + 'static,
) {
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    keep(gloo_events::EventListener::new_with_options(
        target, kind, options, run,
    ));
}

/// Keeps `value` until the current owner is cleaned up, then drops it.
pub fn keep<T: 'static>(value: T) {
    keep_then(value, drop);
}

/// Keeps `value` until the current owner is cleaned up, then hands it to `then` (to disconnect
/// an observer, say).
pub fn keep_then<T: 'static>(value: T, then: impl FnOnce(T) + 'static) {
    let held = Held::new((value, then));
    on_cleanup(move || {
        let (value, then) = held.take();
        then(value);
    });
}

/// An island's element, held by the current owner: `Copy`, where the element is not, so that
/// the island's closures can share it.
#[derive(Clone, Copy)]
pub struct Root(StoredValue<Held<HtmlElement>>);

impl Root {
    pub fn new(element: HtmlElement) -> Self {
        Root(StoredValue::new(Held::new(element)))
    }

    /// The element; `None` once the owner is gone (a root stopped before an animation frame
    /// it asked for, say).
    pub fn get(&self) -> Option<HtmlElement> {
        self.0.try_with_value(|held| HtmlElement::clone(held))
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
use one_thread::Held;
/// Natively (the prerender and the native tests, where no island runs), the run-time check.
#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
use send_wrapper::SendWrapper as Held;

/// Leptos asks what an owner holds to be `Send` and `Sync`. The wasm is built without threads
/// (no `atomics`), so nothing it holds ever reaches another thread. `send_wrapper`'s proof of
/// that at run time, by `std::thread::current`, cost 3.2 KB of the wasm's brotli (with tachys's
/// node refs, which use it too and which `Root` replaces).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod one_thread {
    pub struct Held<T>(T);

    impl<T> Held<T> {
        pub fn new(value: T) -> Self {
            Held(value)
        }

        pub fn take(self) -> T {
            self.0
        }
    }

    impl<T> std::ops::Deref for Held<T> {
        type Target = T;
        fn deref(&self) -> &T {
            &self.0
        }
    }

    // SAFETY: without the `atomics` target feature a wasm module runs on one thread, so a
    // `Held` value is only ever touched from the thread that made it.
    unsafe impl<T> Send for Held<T> {}
    // SAFETY: as for `Send`.
    unsafe impl<T> Sync for Held<T> {}
}
