//! The scrolling story: chapters of steps beside a sticky graphic that follows the active step.
//! It uses the drawings (`graphics`), the shared view parts (`ui`) and the embed's place and
//! messages; never the explorer, the static sections or the build.
//!
//! - `steps`: the steps in reading order and the step engine's arithmetic (native tests);
//! - `view`: the prerendered story (feature `ssr`);
//! - `island`: what runs it in the browser, over the `use_active_step` hook;
//! - `story.css`: how it pins and switches its graphics.

pub mod island;
pub mod steps;
mod use_active_step;
#[cfg(feature = "ssr")]
mod view;

pub use use_active_step::{
    UseActiveStepOptions, UseActiveStepReturn, use_active_step, use_active_step_with_options,
};
#[cfg(feature = "ssr")]
pub use view::Story;
