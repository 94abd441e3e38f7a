//! The budget ranking drawn as ranks: a numbered badge per country, all the same size, in rank
//! order. No length or area stands for an amount, because the reports give none.

use std::fmt::Write;

use super::canvas::{Anchor, Canvas, Ink, MARGIN, class, px};
use super::side_name;
use super::states::{budget_focus, budget_ranking, figure_side};
use crate::data::actor;
use crate::model::BudgetsState;

const BADGE: f64 = 20.0;

pub fn draw(canvas: &mut Canvas, state: BudgetsState) {
    let ranking = budget_ranking();
    let narrow = canvas.narrow();
    let column = (canvas.w() - 2.0 * MARGIN) / ranking.len() as f64;
    let mut bottom: f64 = 0.0;
    for (i, figure) in ranking.iter().enumerate() {
        let name = figure
            .actors
            .first()
            .and_then(|a| actor(a))
            .map_or("", |a| a.name);
        // Phones: one rank per row, the badge left of its text. Wider: one per column.
        let (cx, cy) = if narrow {
            (MARGIN + BADGE + 2.0, 30.0 + 70.0 * i as f64)
        } else {
            (MARGIN + column * (i as f64 + 0.5), 36.0)
        };
        let _ = write!(
            canvas.markup(),
            "<g class=\"{}\" data-side=\"{}\"><circle class=\"ilrs-g-badge\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
            class("ilrs-g-place", "is-dim", !budget_focus(state, figure)),
            side_name(figure_side(figure)),
            px(cx),
            px(cy),
            px(BADGE)
        );
        canvas.text(
            cx,
            cy + 8.0,
            Anchor::Middle,
            Ink::Numeral,
            &figure.number.to_string(),
        );
        let last = if narrow {
            let x = cx + BADGE + 12.0;
            canvas.text(x, cy - 4.0, Anchor::Start, Ink::Heading, name);
            let max = canvas.w() - MARGIN - x;
            canvas.paragraph(x, cy + 16.0, Anchor::Start, Ink::Note, max, figure.value)
        } else {
            canvas.text(cx, cy + BADGE + 24.0, Anchor::Middle, Ink::Heading, name);
            let max = column - 16.0;
            canvas.paragraph(
                cx,
                cy + BADGE + 44.0,
                Anchor::Middle,
                Ink::Note,
                max,
                figure.value,
            )
        };
        bottom = bottom.max(last);
        canvas.push("</g>");
    }
    canvas.paragraph(
        MARGIN,
        bottom + 34.0,
        Anchor::Start,
        Ink::Note,
        canvas.w() - 2.0 * MARGIN,
        "Ranks only: the reports give no amounts.",
    );
}
