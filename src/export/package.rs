//! `datapackage.json`: the downloads described as a Frictionless Data Package (v1), so that a
//! reader's tools load each CSV with its types, keys and links, and `frictionless validate`
//! checks every row against them. Written from the same table definitions as the files.

use serde_json::{Map, Value as Json, json};

use super::{Column, DESCRIPTION, JSON_FILE, Kind, TITLE, Table, csv_name};
use crate::data::{PUBLICATION, SOURCES};
use crate::model::Source;

/// The package's file, beside the files it describes.
pub const PACKAGE_FILE: &str = "datapackage.json";
/// The package's name: lower case, as the spec asks.
const NAME: &str = "ilrs-explainer-dataset";
/// The column a foreign key points at in the table it names.
const REFERENCED: &str = "id";
/// A loose date: a year, a month or a day. Table Schema patterns match the whole value.
const LOOSE_DATE: &str = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

/// The package, pretty-printed: people read it, and the page never loads it.
pub fn datapackage(tables: &[Table]) -> String {
    // data.json is not a table, so it is a plain data resource with no schema; the package is
    // therefore a `data-package`, not a `tabular-data-package`.
    let mut resources = vec![json!({
        "name": "data",
        "path": JSON_FILE,
        "profile": "data-resource",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "description": "Every table below in one file: an object with one array of records per table, under the table's name; each record is an object keyed by the CSV's column names. Lists are arrays, missing values are null, and evidence is an object of passage lists by source id.",
    })];
    resources.extend(tables.iter().map(resource));
    let package = json!({
        "profile": "data-package",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        // The data as of its last change: the latest entry of the corrections log. Not the
        // build's time, so that a rebuild of the same data writes the same file.
        "version": PUBLICATION.modified.iso(),
        "licenses": [{"path": PUBLICATION.license, "title": PUBLICATION.license_name}],
        "sources": SOURCES.iter().map(source).collect::<Vec<_>>(),
        "resources": resources,
    });
    let mut text = serde_json::to_string_pretty(&package).expect("plain values serialise");
    text.push('\n');
    text
}

/// A source report as the data states it: `title` is the spec's; the rest only where the text
/// gives them. The data has no address for the reports, so there is no `path`.
fn source(source: &Source) -> Json {
    let mut entry = Map::new();
    entry.insert(
        "title".into(),
        source.headline.unwrap_or(source.short).into(),
    );
    let stated = [
        ("outlet", source.outlet.map(str::to_string)),
        ("author", source.author.map(str::to_string)),
        ("published", source.published.map(|d| d.iso())),
    ];
    for (key, value) in stated {
        if let Some(value) = value {
            entry.insert(key.into(), value.into());
        }
    }
    Json::Object(entry)
}

/// One CSV as a tabular data resource with its Table Schema.
fn resource(table: &Table) -> Json {
    let foreign_keys: Vec<Json> = table
        .columns
        .iter()
        .filter_map(|column| match column.kind {
            Kind::Ref(target) => Some(json!({
                "fields": [column.name],
                // The spec names the resource itself by the empty string.
                "reference": {
                    "resource": if target == table.name { "" } else { target },
                    "fields": [REFERENCED],
                },
            })),
            _ => None,
        })
        .collect();
    let mut schema = json!({
        "fields": table.columns.iter().map(field).collect::<Vec<_>>(),
        "primaryKey": table.key,
        // The CSVs write a missing value as an empty field, and nothing else as empty.
        "missingValues": [""],
    });
    if !foreign_keys.is_empty() {
        schema["foreignKeys"] = Json::Array(foreign_keys);
    }
    json!({
        "name": table.name,
        "path": csv_name(table),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.about,
        "schema": schema,
    })
}

/// One column as a Table Schema field: its type, and a description that says how to read it.
fn field(column: &Column) -> Json {
    let list = |what: String| format!("{what}, joined by \"; \" (a list, so typed as a string).");
    let (kind, how) = match &column.kind {
        Kind::Text => ("string", String::new()),
        Kind::OneOf(values) => ("string", format!("One of: {}.", values.join(", "))),
        Kind::Integer => ("integer", String::new()),
        Kind::Flag => ("boolean", "Written true or false.".to_string()),
        Kind::Day => ("date", "A day, YYYY-MM-DD.".to_string()),
        Kind::LooseDate => (
            "string",
            "A date only as precise as the reports give it: YYYY-MM-DD, YYYY-MM or YYYY, so not \
             always a full date."
                .to_string(),
        ),
        Kind::Ref(target) => (
            "string",
            format!("The {REFERENCED} of one row of {target}.csv."),
        ),
        Kind::Refs(target) => (
            "string",
            list(format!("The {REFERENCED}s of rows of {target}.csv")),
        ),
        Kind::List => ("string", list("Values".to_string())),
        Kind::Evidence => (
            "string",
            "For each report, its id, a colon and its passages joined by \" | \"; reports joined \
             by \"; \". In data.json, an object of passage lists by report id."
                .to_string(),
        ),
    };
    let mut description = format!("{} {how}", column.about).trim_end().to_string();
    if !column.required {
        description.push_str(" Empty where not stated or none.");
    }
    let mut constraints = Map::new();
    if column.required {
        constraints.insert("required".into(), true.into());
    }
    match &column.kind {
        Kind::OneOf(values) => {
            constraints.insert("enum".into(), json!(values));
        }
        Kind::LooseDate => {
            constraints.insert("pattern".into(), LOOSE_DATE.into());
        }
        _ => {}
    }
    let mut field = json!({
        "name": column.name,
        "type": kind,
        "format": "default",
        "description": description,
    });
    if !constraints.is_empty() {
        field["constraints"] = Json::Object(constraints);
    }
    field
}

#[cfg(test)]
mod tests {
    use super::super::{Value, files, tables};
    use super::*;

    fn package() -> Json {
        serde_json::from_str(&datapackage(&tables())).unwrap()
    }

    /// The resource that describes a file, by its path.
    fn resource_of<'a>(package: &'a Json, path: &str) -> &'a Json {
        package["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["path"] == path)
            .unwrap_or_else(|| panic!("no resource describes {path}"))
    }

    fn names(list: &Json) -> Vec<&str> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect()
    }

    /// A tabular resource's field names, in order.
    fn field_names(resource: &Json) -> Vec<&str> {
        resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect()
    }

    #[test]
    fn every_file_is_described_and_every_csv_header_is_its_schema() {
        let package = package();
        let written = files();
        for (path, contents) in &written {
            if path == PACKAGE_FILE {
                continue;
            }
            let resource = resource_of(&package, path);
            if !path.ends_with(".csv") {
                assert_eq!(resource["format"], "json");
                assert!(resource.get("schema").is_none(), "{path}");
                continue;
            }
            let header: Vec<&str> = contents.lines().next().unwrap().split(',').collect();
            let fields = field_names(resource);
            assert_eq!(fields, header, "{path}: one field per column, in order");
            for field in resource["schema"]["fields"].as_array().unwrap() {
                let description = field["description"].as_str().unwrap();
                assert!(description.ends_with('.'), "{path} {}", field["name"]);
            }
            for key in names(&resource["schema"]["primaryKey"]) {
                assert!(header.contains(&key), "{path}: key {key}");
            }
        }
        // One resource per file, and none for a file that is not written.
        assert_eq!(
            package["resources"].as_array().unwrap().len(),
            written.len() - 1
        );
    }

    #[test]
    fn every_foreign_key_points_at_an_existing_table_and_its_key() {
        let package = package();
        let mut found = 0;
        for resource in package["resources"].as_array().unwrap() {
            let Some(keys) = resource["schema"]["foreignKeys"].as_array() else {
                continue;
            };
            let own = field_names(resource);
            for key in keys {
                found += 1;
                let target = match key["reference"]["resource"].as_str().unwrap() {
                    "" => resource,
                    name => package["resources"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|r| r["name"] == name)
                        .unwrap_or_else(|| panic!("{}: no table {name}", resource["name"])),
                };
                for field in names(&key["fields"]) {
                    assert!(own.contains(&field), "{}: {field}", resource["name"]);
                }
                // The referenced fields are the target's whole primary key, so they are unique.
                assert_eq!(
                    names(&key["reference"]["fields"]),
                    names(&target["schema"]["primaryKey"]),
                    "{} -> {}",
                    resource["name"],
                    target["name"]
                );
            }
        }
        assert!(
            found >= 3,
            "memberships' coalition and actor, actors' country"
        );
    }

    /// What frictionless checks in `scripts/test.sh`, natively and in short: a value per column,
    /// required columns filled, closed lists kept to, and every single-id reference resolved.
    #[test]
    fn the_rows_keep_to_their_schema() {
        let tables = tables();
        for table in &tables {
            for row in &table.rows {
                assert_eq!(
                    row.len(),
                    table.columns.len(),
                    "{}: a value per column",
                    table.name
                );
            }
            for (i, column) in table.columns.iter().enumerate() {
                for row in &table.rows {
                    let value = row[i].csv();
                    let at = format!("{}.{} `{value}`", table.name, column.name);
                    assert!(!column.required || !value.is_empty(), "{at}: required");
                    if value.is_empty() {
                        continue;
                    }
                    match &column.kind {
                        Kind::OneOf(values) => assert!(values.contains(&value.as_str()), "{at}"),
                        Kind::Ref(target) => {
                            let target = tables.iter().find(|t| t.name == *target).unwrap();
                            let id = target.columns.iter().position(|c| c.name == REFERENCED);
                            let id = id.unwrap_or_else(|| panic!("{at}: no {REFERENCED}"));
                            assert!(
                                target
                                    .rows
                                    .iter()
                                    .any(|r| r[id] == Value::Text(value.clone())),
                                "{at}: not in {}",
                                target.name
                            );
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    #[test]
    fn the_package_names_its_licence_sources_and_version_from_the_data() {
        let package = package();
        assert_eq!(package["licenses"][0]["path"], PUBLICATION.license);
        assert_eq!(package["sources"].as_array().unwrap().len(), SOURCES.len());
        assert_eq!(package["version"], PUBLICATION.modified.iso());
        let nbc = package["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["outlet"] == "NBC News")
            .unwrap();
        assert!(nbc.get("published").is_none(), "not stated is left out");
        // A loose date is a string held to the pattern, never a `date` it may not fit.
        let events = resource_of(&package, "events.csv");
        let date = &events["schema"]["fields"][1];
        assert_eq!(
            (&date["name"], &date["type"]),
            (&json!("date"), &json!("string"))
        );
        assert_eq!(date["constraints"]["pattern"], LOOSE_DATE);
    }
}
