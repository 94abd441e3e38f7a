//! The scrolling story: the step engine's arithmetic (`steps`), what each graphic shows and how
//! it is drawn at build time (`graphics`, `draw`), the prerendered story (`view`), and the island
//! that runs it in the browser (`island`, over the `use_active_step` hook). Styles: `story.css`.

#[cfg(feature = "ssr")]
pub mod draw;
#[cfg(feature = "ssr")]
pub mod graphics;
pub mod island;
pub mod steps;
mod use_active_step;
#[cfg(feature = "ssr")]
mod view;

pub use use_active_step::{UseActiveStepReturn, use_active_step};
#[cfg(feature = "ssr")]
pub use view::{ChartFoot, ChartTitle, Story};
