//! The graphics' data as tables, `graphics/index.html`: a table per graphic the page draws
//! (`graphics::tables`), each at `#{graphic}`, which the graphic's foot links to ("The data as a
//! table"). The records in a row link to their pages.

use leptos::prelude::*;

use super::files::{TABLES_PAGE, record_path};
use super::folder_page::{FolderPage, UP, folder_page};
use super::settings::Settings;
use crate::data::HERO;
use crate::graphics::tables::{DataTable, TableCell, tables};

const TITLE: &str = "The graphics' data, as tables";

/// The page, with `css` the built stylesheet's name and `icon` the story page's icon link.
pub fn page(settings: &Settings, css: &str, icon: &str) -> String {
    let description = format!("What each graphic in {} draws, as a table.", HERO.title);
    let page = FolderPage {
        path: TABLES_PAGE,
        title: TITLE,
        description: &description,
        head: "",
    };
    folder_page(settings, css, icon, &page, || {
        view! {
            <p>
                "What each graphic draws, row by row, from the same data as the drawing. "
                "An event, a figure or a comparison links to its own page, with its sources."
            </p>
            {tables().into_iter().map(|table| view! { <Table table /> }).collect_view()}
            <p class="ilrs-provenance"><a href=UP>"Back to the explainer"</a></p>
        }
    })
}

/// One graphic's table, under a heading of the graphic's title, its sources after it.
#[component]
fn Table(table: DataTable) -> impl IntoView {
    let id = table.chart.file_stem();
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section id=id class="ilrs-data-table" aria-labelledby=labelled_by>
            <h2 id=heading>{table.chart.title()}</h2>
            <div class="ilrs-table-scroll" tabindex="0" role="region" aria-label=format!("{}, scrollable", table.chart.title())>
                <table>
                    <thead>
                        <tr>{table.columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {table
                            .rows
                            .into_iter()
                            .map(|row| {
                                let mut cells = row.into_iter();
                                let first = cells.next().map(|cell| view! { <th scope="row">{linked(cell)}</th> });
                                view! {
                                    <tr>
                                        {first}
                                        {cells.map(|cell| view! { <td>{linked(cell)}</td> }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="ilrs-chart-foot">{table.chart.source_line()}</p>
        </section>
    }
}

/// A cell's words, a link to its record's page where it has one.
fn linked(cell: TableCell) -> impl IntoView {
    match cell.record {
        Some(key) => {
            view! { <a href=format!("{UP}{}", record_path(&key))>{cell.text}</a> }.into_any()
        }
        None => cell.text.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::paged_records;

    #[test]
    fn every_graphic_has_a_table_whose_records_link_to_pages_that_exist() {
        let settings =
            Settings::new(Some("https://news.example/ilrs/"), Some("The Paper")).unwrap();
        let html = page(&settings, "explainer-1.css", "");
        for table in tables() {
            let id = table.chart.file_stem();
            assert!(html.contains(&format!("<section id=\"{id}\"")), "{id}");
            assert!(!table.rows.is_empty(), "{id} has rows");
            for row in &table.rows {
                assert_eq!(row.len(), table.columns.len(), "{id}: {row:?}");
            }
        }
        let pages = paged_records();
        let linked: Vec<&str> = html
            .match_indices("href=\"../record/")
            .map(|(i, m)| {
                let rest = &html[i + m.len()..];
                &rest[..rest.find('/').unwrap()]
            })
            .collect();
        assert!(
            linked.len() > 30,
            "the rows link their records ({})",
            linked.len()
        );
        for key in linked {
            assert!(
                pages
                    .iter()
                    .any(|p| record_path(p) == format!("record/{key}/")),
                "{key} has a page"
            );
        }
        assert!(
            html.contains("<link rel=\"canonical\" href=\"https://news.example/ilrs/graphics/\"")
        );
    }
}
