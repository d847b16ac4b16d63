//! SVG charts of a plan, written as plain text (no drawing library): the whole
//! calendar (committees × years, every session as a bar filled by its load), one
//! committee (every State's reviews on a time line, with the sessions' load below),
//! and one State (its reviews across all committees, due dates, UPR black-outs).
//!
//! Each mark carries a `<title>` with its explanation, so hovering in a browser shows
//! why a review sits where it does. Presentation only: no rule is decided here.

use std::collections::BTreeMap;
use std::fmt::Write;

use jiff::civil::Date;
use pacta_core::Committee;

use crate::instance::{UprReview, month_of};
use crate::plan::{Kind, Plan};

const FULL: &str = "#1f5fa8";
const FOLLOW: &str = "#e39b2d";
const INHERITED: &str = "#b7852f";
const LATE: &str = "#c0392b";
const GRID: &str = "#d9d9d9";
const GREY: &str = "#555";
const AXIS: &str = "#999";
const TEXT: &str = "#222";

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

struct Axis {
    x0: f64,
    width: f64,
    first: i32,
    months: i32,
}

impl Axis {
    fn new(plan: &Plan, x0: f64, width: f64) -> Self {
        let first = month_of(plan.from) - month_of(plan.from).rem_euclid(12);
        let last = month_of(plan.from) + 12 * i32::try_from(plan.years).unwrap_or(8);
        let months = (last - first + 12 - (last - first).rem_euclid(12)).max(12);
        Axis {
            x0,
            width,
            first,
            months,
        }
    }
    fn x(&self, d: Date) -> f64 {
        let m = month_of(d) - self.first;
        let day = f64::from(d.day() - 1) / 31.0;
        self.x0 + (f64::from(m) + day) / f64::from(self.months) * self.width
    }
    fn month_width(&self) -> f64 {
        self.width / f64::from(self.months)
    }
    fn years(&self, svg: &mut String, top: f64, bottom: f64) {
        let years = self.months / 12;
        for y in 0..=years {
            let x = self.x0 + f64::from(y * 12) / f64::from(self.months) * self.width;
            let _ = write!(
                svg,
                r#"<line x1="{x:.1}" y1="{top:.1}" x2="{x:.1}" y2="{bottom:.1}" stroke="{GRID}"/>"#
            );
            if y < years {
                let year = (self.first / 12) + y;
                let xm = x + 6.0 * self.month_width();
                let _ = write!(
                    svg,
                    r#"<text x="{xm:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="{TEXT}">{year}</text>"#,
                    top - 6.0
                );
            }
        }
    }
}

fn header(svg: &mut String, width: f64, height: f64, title: &str, subtitle: &str) {
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="Helvetica, Arial, sans-serif">"#
    );
    let _ = write!(
        svg,
        r#"<rect width="100%" height="100%" fill="white"/><text x="20" y="28" font-size="18" font-weight="bold" fill="{TEXT}">{}</text><text x="20" y="48" font-size="12" fill="{GREY}">{}</text>"#,
        esc(title),
        esc(subtitle)
    );
}

fn legend(svg: &mut String, x: f64, y: f64, items: &[(&str, &str)]) {
    let mut cx = x;
    for (color, label) in items {
        let _ = write!(
            svg,
            r#"<rect x="{cx:.1}" y="{:.1}" width="12" height="12" fill="{color}"/><text x="{:.1}" y="{:.1}" font-size="12" fill="{TEXT}">{}</text>"#,
            y - 10.0,
            cx + 16.0,
            y,
            esc(label)
        );
        cx += 22.0 + 7.0 * label.len() as f64;
    }
}

fn subtitle(plan: &Plan) -> String {
    let m = &plan.metrics;
    format!(
        "{} full reviews and {} follow-ups planned from {} over {} years; {} full reviews unscheduled; objective {:.0}, lower bound {:.0}, proven gap {:.2} %",
        m.full_scheduled,
        m.follow_ups_scheduled,
        plan.from,
        plan.years,
        m.full_unscheduled,
        m.objective,
        m.lower_bound,
        m.gap * 100.0
    )
}

/// The whole calendar: one row per committee, each session a bar whose height is its
/// capacity and whose fill is its load (full reviews, follow-ups).
pub fn calendar(plan: &Plan) -> String {
    let committees: Vec<Committee> = {
        let mut v: Vec<Committee> = plan.sessions.iter().map(|s| s.committee).collect();
        v.sort();
        v.dedup();
        v
    };
    let row_h = 70.0;
    let left = 150.0;
    let width = 1200.0;
    let top = 90.0;
    let height = top + row_h * committees.len() as f64 + 60.0;
    let mut svg = String::new();
    header(
        &mut svg,
        width,
        height,
        "Review calendar: sessions and their load",
        &subtitle(plan),
    );
    let axis = Axis::new(plan, left, width - left - 30.0);
    axis.years(&mut svg, top, top + row_h * committees.len() as f64);
    let max_cap = plan
        .sessions
        .iter()
        .map(|s| s.capacity)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    // Load by kind per session.
    let mut by_kind: BTreeMap<(&str, Kind), u32> = BTreeMap::new();
    for r in &plan.reviews {
        *by_kind.entry((r.session.as_str(), r.kind)).or_default() += r.load;
    }
    for (i, c) in committees.iter().enumerate() {
        let y0 = top + row_h * i as f64;
        let base = y0 + row_h - 10.0;
        let full = plan
            .reviews
            .iter()
            .filter(|r| r.committee == *c && r.kind == Kind::Full)
            .count();
        let un = plan
            .unscheduled
            .iter()
            .filter(|u| u.committee == *c && u.kind == Kind::Full)
            .count();
        let _ = write!(
            svg,
            r#"<text x="20" y="{:.1}" font-size="14" font-weight="bold" fill="{TEXT}">{c}</text><text x="20" y="{:.1}" font-size="11" fill="{GREY}">{full} planned, {un} unscheduled</text>"#,
            y0 + 30.0,
            y0 + 46.0
        );
        let _ = write!(
            svg,
            r#"<line x1="{left}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}" stroke="{AXIS}"/>"#,
            width - 30.0
        );
        for s in plan
            .sessions
            .iter()
            .filter(|s| s.committee == *c && !s.visit_window)
        {
            let x = axis.x(s.start);
            let w = (axis.x(s.end) - x).max(3.0);
            let h = f64::from(s.capacity) / max_cap * (row_h - 18.0);
            let fl = f64::from(
                by_kind
                    .get(&(s.id.as_str(), Kind::Full))
                    .copied()
                    .unwrap_or(0),
            );
            let fu = f64::from(
                by_kind
                    .get(&(s.id.as_str(), Kind::FollowUp))
                    .copied()
                    .unwrap_or(0),
            );
            let cap = f64::from(s.capacity.max(1));
            let tip = format!(
                "{} ({} – {}): {} of {} units{}",
                s.id,
                s.start,
                s.end,
                s.load,
                s.capacity,
                if s.cancelled { ", CANCELLED" } else { "" }
            );
            let _ = write!(svg, "<g><title>{}</title>", esc(&tip));
            let stroke = if s.cancelled { LATE } else { "#888" };
            let dash = if s.cancelled {
                r#" stroke-dasharray="3,2""#
            } else {
                ""
            };
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{:.1}" width="{w:.1}" height="{h:.1}" fill="white" stroke="{stroke}"{dash}/>"#,
                base - h
            );
            let hf = h * fl / cap;
            let hu = h * fu / cap;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{:.1}" width="{w:.1}" height="{hf:.1}" fill="{FULL}"/><rect x="{x:.1}" y="{:.1}" width="{w:.1}" height="{hu:.1}" fill="{FOLLOW}"/></g>"#,
                base - hf,
                base - hf - hu
            );
        }
    }
    legend(
        &mut svg,
        left,
        height - 20.0,
        &[
            (FULL, "full reviews"),
            (FOLLOW, "follow-ups"),
            ("#ffffff", "free capacity (bar height = session capacity)"),
        ],
    );
    svg.push_str("</svg>\n");
    svg
}

/// One committee: every State's full review and follow-up on a time line, one row
/// per State in the order of its full review, with the sessions' load below.
pub fn committee(plan: &Plan, committee: Committee) -> String {
    let mut states: Vec<(&str, Option<Date>)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut rows: Vec<&crate::plan::PlanReview> = plan
        .reviews
        .iter()
        .filter(|r| r.committee == committee)
        .collect();
    rows.sort_by_key(|r| (r.kind != Kind::Full, r.start));
    for r in &rows {
        if seen.insert(r.state.as_str()) {
            states.push((r.state.as_str(), (r.kind == Kind::Full).then_some(r.start)));
        }
    }
    for u in plan.unscheduled.iter().filter(|u| u.committee == committee) {
        if seen.insert(u.state.as_str()) {
            states.push((u.state.as_str(), None));
        }
    }
    states.sort_by_key(|(s, d)| (d.is_none(), *d, *s));
    let row_h = 14.0;
    let left = 70.0;
    let width = 1200.0;
    let top = 90.0;
    let load_h = 90.0;
    let height = top + row_h * states.len() as f64 + load_h + 70.0;
    let mut svg = String::new();
    header(
        &mut svg,
        width,
        height,
        &format!("{committee}: every State party's reviews in the cycle"),
        &subtitle(plan),
    );
    let axis = Axis::new(plan, left, width - left - 30.0);
    let grid_bottom = top + row_h * states.len() as f64 + load_h;
    axis.years(&mut svg, top, grid_bottom);
    let index: BTreeMap<&str, usize> = states
        .iter()
        .enumerate()
        .map(|(i, (s, _))| (*s, i))
        .collect();
    for (i, (s, _)) in states.iter().enumerate() {
        let y = top + row_h * i as f64 + row_h * 0.75;
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{y:.1}" font-size="10" text-anchor="end" fill="{TEXT}">{s}</text>"#,
            left - 6.0
        );
    }
    for r in &rows {
        let i = index[r.state.as_str()];
        let y = top + row_h * i as f64 + row_h / 2.0;
        let x = axis.x(r.start);
        let tip = format!(
            "{} {} {:?} in {} ({}): {}",
            r.state, r.committee, r.kind, r.session, r.start, r.why
        );
        if r.kind == Kind::Full {
            let xd = axis.x(r.due);
            if xd < x {
                let _ = write!(
                    svg,
                    r#"<line x1="{xd:.1}" y1="{y:.1}" x2="{x:.1}" y2="{y:.1}" stroke="{LATE}" stroke-width="2" opacity="0.6"/>"#
                );
            }
            let _ = write!(
                svg,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="5" fill="{FULL}"><title>{}</title></circle>"#,
                esc(&tip)
            );
        } else {
            let color = if r.inherited { INHERITED } else { FOLLOW };
            let _ = write!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="8" height="8" transform="rotate(45 {x:.1} {y:.1})" fill="{color}"><title>{}</title></rect>"#,
                x - 4.0,
                y - 4.0,
                esc(&tip)
            );
        }
    }
    for u in plan
        .unscheduled
        .iter()
        .filter(|u| u.committee == committee && u.kind == Kind::Full)
    {
        let i = index[u.state.as_str()];
        let y = top + row_h * i as f64 + row_h * 0.75;
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{y:.1}" font-size="10" fill="{LATE}">unscheduled<title>{}</title></text>"#,
            left + 4.0,
            esc(&u.reason)
        );
    }
    // Session load strip.
    let base = grid_bottom - 8.0;
    let max_cap = plan
        .sessions
        .iter()
        .filter(|s| s.committee == committee)
        .map(|s| s.capacity)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let _ = write!(
        svg,
        r#"<text x="10" y="{:.1}" font-size="11" fill="{TEXT}">session load</text>"#,
        base - load_h / 2.0
    );
    for s in plan
        .sessions
        .iter()
        .filter(|s| s.committee == committee && !s.visit_window)
    {
        let x = axis.x(s.start);
        let w = (axis.x(s.end) - x).max(4.0);
        let h = f64::from(s.capacity) / max_cap * (load_h - 20.0);
        let hl = h * f64::from(s.load) / f64::from(s.capacity.max(1));
        let _ = write!(
            svg,
            r#"<g><title>{} ({}): {} of {} units</title><rect x="{x:.1}" y="{:.1}" width="{w:.1}" height="{h:.1}" fill="white" stroke="{}"/><rect x="{x:.1}" y="{:.1}" width="{w:.1}" height="{hl:.1}" fill="{FULL}" opacity="0.8"/></g>"#,
            esc(&s.id),
            s.start,
            s.load,
            s.capacity,
            base - h,
            if s.cancelled { LATE } else { "#888" },
            base - hl
        );
    }
    legend(
        &mut svg,
        left,
        height - 20.0,
        &[
            (FULL, "full review"),
            (FOLLOW, "follow-up"),
            (INHERITED, "follow-up of an earlier review"),
            (LATE, "late: from due date to review"),
        ],
    );
    svg.push_str("</svg>\n");
    svg
}

/// One State: its reviews across all committees, with due dates and UPR black-outs.
pub fn state(plan: &Plan, state: &str, upr: &[UprReview], blackout_months: i32) -> String {
    let mut committees: Vec<Committee> = plan
        .reviews
        .iter()
        .filter(|r| r.state == state)
        .map(|r| r.committee)
        .chain(
            plan.unscheduled
                .iter()
                .filter(|u| u.state == state)
                .map(|u| u.committee),
        )
        .collect();
    committees.sort();
    committees.dedup();
    let row_h = 44.0;
    let left = 110.0;
    let width = 1200.0;
    let top = 100.0;
    let height = top + row_h * committees.len().max(1) as f64 + 70.0;
    let mut svg = String::new();
    header(
        &mut svg,
        width,
        height,
        &format!("{state}: reviews by every committee in the cycle"),
        &subtitle(plan),
    );
    let axis = Axis::new(plan, left, width - left - 30.0);
    let bottom = top + row_h * committees.len().max(1) as f64;
    // UPR black-outs behind everything.
    for u in upr.iter().filter(|u| u.state == state) {
        let m = month_of(u.date);
        let x0 = axis.x(crate::instance::first_day(m - blackout_months));
        let x1 = axis.x(crate::instance::first_day(m + blackout_months + 1));
        if x1 < axis.x0 || x0 > axis.x0 + axis.width {
            continue;
        }
        let (x0, x1) = (x0.max(axis.x0), x1.min(axis.x0 + axis.width));
        let _ = write!(
            svg,
            "<g><title>UPR session {} on {}{}: no treaty-body review within {blackout_months} months</title><rect x=\"{x0:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#ececec\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#777\">UPR</text></g>",
            u.session,
            u.date,
            if u.assumed { " (projected)" } else { "" },
            x1 - x0,
            bottom - top,
            (x0 + x1) / 2.0,
            bottom + 14.0
        );
    }
    axis.years(&mut svg, top, bottom);
    for (i, c) in committees.iter().enumerate() {
        let y = top + row_h * i as f64 + row_h / 2.0;
        let _ = write!(
            svg,
            r#"<text x="20" y="{:.1}" font-size="13" font-weight="bold" fill="{TEXT}">{c}</text><line x1="{left}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{GRID}"/>"#,
            y + 4.0,
            width - 30.0
        );
        for r in plan
            .reviews
            .iter()
            .filter(|r| r.state == state && r.committee == *c)
        {
            let x = axis.x(r.start);
            let tip = format!(
                "{:?} review in {} ({}): {}",
                r.kind, r.session, r.start, r.why
            );
            if r.kind == Kind::Full {
                let xd = axis.x(r.due);
                let _ = write!(
                    svg,
                    r#"<line x1="{xd:.1}" y1="{:.1}" x2="{xd:.1}" y2="{:.1}" stroke="{TEXT}"/>"#,
                    y - 10.0,
                    y + 10.0
                );
                if xd < x {
                    let _ = write!(
                        svg,
                        r#"<line x1="{xd:.1}" y1="{y:.1}" x2="{x:.1}" y2="{y:.1}" stroke="{LATE}" stroke-width="3"/>"#
                    );
                }
                let _ = write!(
                    svg,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="8" fill="{FULL}"><title>{}</title></circle><text x="{x:.1}" y="{:.1}" font-size="10" text-anchor="middle" fill="{TEXT}">{}</text>"#,
                    esc(&tip),
                    y - 12.0,
                    esc(&r.session)
                );
            } else {
                let color = if r.inherited { INHERITED } else { FOLLOW };
                let _ = write!(
                    svg,
                    r#"<rect x="{:.1}" y="{:.1}" width="11" height="11" transform="rotate(45 {x:.1} {y:.1})" fill="{color}"><title>{}</title></rect>"#,
                    x - 5.5,
                    y - 5.5,
                    esc(&tip)
                );
            }
        }
        for u in plan
            .unscheduled
            .iter()
            .filter(|u| u.state == state && u.committee == *c)
        {
            let what = if u.kind == Kind::Full {
                "full review unscheduled"
            } else {
                "follow-up in writing"
            };
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="{LATE}">{what}<title>{}</title></text>"#,
                width - 34.0,
                y + if u.kind == Kind::Full { -6.0 } else { 14.0 },
                esc(&u.reason)
            );
        }
    }
    legend(
        &mut svg,
        left,
        height - 20.0,
        &[
            (FULL, "full review (tick: due date)"),
            (FOLLOW, "follow-up"),
            (INHERITED, "follow-up of an earlier review"),
            (LATE, "late"),
            ("#ececec", "UPR black-out"),
        ],
    );
    svg.push_str("</svg>\n");
    svg
}
