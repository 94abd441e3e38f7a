//! What a reader can filter by, what they have chosen, and the plain definition of a match.

use super::search::{holds_all, words};

/// A facet a reader can filter by. OR within a facet, AND across facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Coalition,
    Actor,
    Theme,
    Source,
    Kind,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Coalition,
        Facet::Actor,
        Facet::Theme,
        Facet::Source,
        Facet::Kind,
    ];

    /// The facet's name in the URL and in `data-facet`.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Coalition => "coalition",
            Facet::Actor => "actor",
            Facet::Theme => "theme",
            Facet::Source => "source",
            Facet::Kind => "kind",
        }
    }

    /// The facet's name as a reader sees it.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Coalition => "Coalition",
            Facet::Actor => "Who",
            Facet::Theme => "Theme",
            Facet::Source => "Source",
            Facet::Kind => "Kind",
        }
    }

    pub fn parse(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

/// A record as the filter sees it: its id, its year, its values for each facet and its words.
/// The server derives it from the dataset and writes it into the record's markup; the browser
/// reads it back from there, so the wasm carries no copy of the records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub year: Option<u16>,
    /// Per facet, in [`Facet::ALL`] order.
    pub values: [Vec<String>; 5],
    /// Everything the record shows, folded for search.
    pub text: String,
}

impl Entry {
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.values[facet as usize]
    }

    /// The facet values as one attribute: `kind:event coalition:ilrs actor:russia`. Ids are
    /// slugs, so neither a space nor a colon can occur inside one.
    pub fn values_attribute(&self) -> String {
        let mut out = Vec::new();
        for facet in Facet::ALL {
            for value in self.values(facet) {
                out.push(format!("{}:{value}", facet.as_str()));
            }
        }
        out.join(" ")
    }

    /// Reads a record's entry back from its markup. Pairs that name no facet are skipped.
    pub fn from_markup(id: &str, year: Option<&str>, values: &str, text: &str) -> Entry {
        let mut entry = Entry {
            id: id.to_string(),
            year: year.and_then(|y| y.parse().ok()),
            text: super::search::normalise(text),
            ..Entry::default()
        };
        for pair in values.split(' ') {
            if let Some((facet, value)) = pair.split_once(':')
                && let Some(facet) = Facet::parse(facet)
                && !value.is_empty()
            {
                entry.values[facet as usize].push(value.to_string());
            }
        }
        entry
    }
}

/// The values chosen in one facet: a set, kept as a sorted list (a few values at most; the
/// standard library's `BTreeSet` would add its whole tree code to the wasm).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chosen(Vec<String>);

impl Chosen {
    pub fn contains(&self, value: &str) -> bool {
        self.0.binary_search_by(|v| v.as_str().cmp(value)).is_ok()
    }

    /// Adds a value; false if it was there already.
    pub fn insert(&mut self, value: String) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes a value; false if it was not there.
    pub fn remove(&mut self, value: &str) -> bool {
        match self.0.binary_search_by(|v| v.as_str().cmp(value)) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The values in sorted order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

impl FromIterator<String> for Chosen {
    fn from_iter<I: IntoIterator<Item = String>>(items: I) -> Self {
        let mut chosen = Chosen::default();
        for item in items {
            chosen.insert(item);
        }
        chosen
    }
}

/// What the reader has chosen. Empty everywhere matches every record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub coalition: Chosen,
    pub actor: Chosen,
    pub theme: Chosen,
    pub source: Chosen,
    pub kind: Chosen,
    /// Inclusive year range; a bound left out is open.
    pub from: Option<u16>,
    pub to: Option<u16>,
    /// The search as typed.
    pub query: String,
}

impl Filter {
    pub fn selected(&self, facet: Facet) -> &Chosen {
        match facet {
            Facet::Coalition => &self.coalition,
            Facet::Actor => &self.actor,
            Facet::Theme => &self.theme,
            Facet::Source => &self.source,
            Facet::Kind => &self.kind,
        }
    }

    pub fn selected_mut(&mut self, facet: Facet) -> &mut Chosen {
        match facet {
            Facet::Coalition => &mut self.coalition,
            Facet::Actor => &mut self.actor,
            Facet::Theme => &mut self.theme,
            Facet::Source => &mut self.source,
            Facet::Kind => &mut self.kind,
        }
    }

    /// Adds the value if absent, removes it if present.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let set = self.selected_mut(facet);
        if !set.remove(value) {
            set.insert(value.to_string());
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether a record passes every part of the filter: the plain definition, which
    /// `Index::apply` must agree with (the property tests hold it to that).
    pub fn matches(&self, entry: &Entry) -> bool {
        let facets_pass = Facet::ALL.iter().all(|facet| {
            let chosen = self.selected(*facet);
            chosen.is_empty() || entry.values(*facet).iter().any(|v| chosen.contains(v))
        });
        facets_pass && self.years_pass(entry.year) && holds_all(&entry.text, &self.words())
    }

    /// Whether a year is inside the range; an undated record is outside any range.
    pub fn years_pass(&self, year: Option<u16>) -> bool {
        match (self.from, self.to, year) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some(year)) => {
                from.is_none_or(|f| year >= f) && to.is_none_or(|t| year <= t)
            }
        }
    }

    /// The search's words, folded as the records' text is.
    pub fn words(&self) -> Vec<String> {
        words(&self.query)
    }
}

/// The sentence saying which filters are on, for the reader who cannot see every pressed
/// button at once: "Filters: Coalition ILRS or Artemis; years 2019 to 2021; search “moon”."
/// `label` names a value as the page does.
pub fn describe_filter(filter: &Filter, label: &dyn Fn(Facet, &str) -> String) -> String {
    if filter.is_empty() {
        return NO_FILTERS.to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    for facet in Facet::ALL {
        let chosen = filter.selected(facet);
        if !chosen.is_empty() {
            let labels: Vec<String> = chosen.iter().map(|v| label(facet, v)).collect();
            parts.push(format!("{} {}", facet.label(), labels.join(" or ")));
        }
    }
    match (filter.from, filter.to) {
        (Some(from), Some(to)) => parts.push(format!("years {from} to {to}")),
        (Some(from), None) => parts.push(format!("from {from}")),
        (None, Some(to)) => parts.push(format!("up to {to}")),
        (None, None) => {}
    }
    if !filter.query.trim().is_empty() {
        parts.push(format!("search \u{201c}{}\u{201d}", filter.query.trim()));
    }
    format!("Filters: {}.", parts.join("; "))
}

/// What [`describe_filter`] says with nothing chosen.
pub const NO_FILTERS: &str = "No filters: every event and quotation is listed.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chosen_values_behave_as_a_set_in_sorted_order() {
        let mut chosen: Chosen = ["nasa", "cnsa", "nasa"]
            .map(String::from)
            .into_iter()
            .collect();
        assert_eq!(chosen.iter().collect::<Vec<_>>(), ["cnsa", "nasa"]);
        assert!(!chosen.insert("cnsa".into()) && chosen.insert("esa".into()));
        assert!(chosen.contains("esa") && !chosen.contains("roscosmos"));
        assert!(chosen.remove("cnsa") && !chosen.remove("cnsa"));
        assert_eq!(chosen.iter().collect::<Vec<_>>(), ["esa", "nasa"]);
    }

    #[test]
    fn an_entry_reads_back_from_its_markup() {
        let mut entry = Entry {
            id: "signing".into(),
            year: Some(2021),
            text: "signed digitally".into(),
            ..Entry::default()
        };
        entry.values[Facet::Kind as usize].push("event".into());
        entry.values[Facet::Actor as usize] = vec!["russia".into(), "china".into()];
        let back = Entry::from_markup(
            "signing",
            Some("2021"),
            &entry.values_attribute(),
            "Signed, digitally!",
        );
        assert_eq!(back, entry);
        let odd = Entry::from_markup("x", Some("year"), "nonsense kind: :x colour:red", "");
        assert_eq!(odd.year, None);
        assert!(odd.values.iter().all(Vec::is_empty));
    }

    #[test]
    fn the_sentence_names_every_active_filter() {
        let label = |_: Facet, v: &str| v.to_uppercase();
        assert_eq!(describe_filter(&Filter::default(), &label), NO_FILTERS);
        let mut filter = Filter {
            from: Some(2019),
            to: Some(2021),
            query: " moon ".into(),
            ..Filter::default()
        };
        filter.toggle(Facet::Kind, "quotation");
        filter.toggle(Facet::Coalition, "ilrs");
        filter.toggle(Facet::Actor, "roscosmos");
        assert_eq!(
            describe_filter(&filter, &label),
            "Filters: Coalition ILRS; Who ROSCOSMOS; Kind QUOTATION; years 2019 to 2021; \
             search \u{201c}moon\u{201d}."
        );
    }
}
