// The rules, compiled to WebAssembly, on the parent's screen: no framework, no build step, no network.
// The module (childcare-rules.wasm.js, made by Scripts/build-wasm.sh) exchanges UTF-8 JSON through its
// linear memory; see the article "Running the rules in a parent app".
"use strict";

// The contract and school calendar this page shows: the casebook's TSO contract for the school year 2026-2027.
const CASE = {
  contract: { start: "2026-08-31", end: "2027-07-31", schedule: [
    { weekday: "mon", start: "12:00", minutes: 60 },
    { weekday: "tue", start: "12:00", minutes: 60 },
    { weekday: "thu", start: "12:00", minutes: 60 } ] },
  school: {
    holidays: [
      { first: "2026-10-17", last: "2026-10-25" }, { first: "2026-12-19", last: "2027-01-03" },
      { first: "2027-02-13", last: "2027-02-21" }, { first: "2027-04-24", last: "2027-05-02" },
      { first: "2027-07-17", last: "2027-08-29" } ],
    closures: [ { date: "2026-11-20" }, { date: "2027-03-04", announced: "2027-02-01" } ] },
  child: "Noor",
};

const WORDS = {
  nl: { title: "Ruil- en inhaaluren: wanneer afmelden?", settings: "Instellingen", now: "Nu", month: "Maand", day: "Dag",
        intro: "Kies een opvangdag. Je ziet tot wanneer je je kind kunt afmelden om ruil- en inhaaluren te krijgen, en wat afmelden nu oplevert.",
        deadline: "Afmelden voor ruil- en inhaaluren kan ", earned: "Meld je nu af, dan krijg je ", minutes: " minuten ruil- en inhaaluren.",
        notEarned: "Meld je nu af, dan krijg je geen ruil- en inhaaluren.", noCare: "Geen opvang" },
  en: { title: "Swap hours: when to report an absence?", settings: "Settings", now: "Now", month: "Month", day: "Day",
        intro: "Pick a care day. You see until when you can report your child absent to earn swap hours, and what reporting now gives.",
        deadline: "To earn swap hours, report ", earned: "Report now and you get ", minutes: " minutes of swap hours.",
        notEarned: "Report now and you get no swap hours.", noCare: "No care" },
};

const bytes = Uint8Array.from(atob(window.CHILDCARE_RULES_WASM), (c) => c.charCodeAt(0));
const rules = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Calls an exported function with a request object; returns the answer text.
function call(name, request) {
  const input = encoder.encode(JSON.stringify(request));
  const pointer = rules.cr_alloc(input.length);
  new Uint8Array(rules.memory.buffer, pointer, input.length).set(input);
  const result = rules[name](pointer, input.length);
  const text = decoder.decode(new Uint8Array(rules.memory.buffer, result, rules.cr_result_length()));
  rules.cr_free(result);
  rules.cr_free(pointer);
  return text;
}

const params = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);
let lang = params.get("lang") === "en" ? "en" : "nl";

// Amsterdam local time now, as YYYY-MM-DDTHH:MM (the rules take Amsterdam local time).
function amsterdamNow() {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit",
    day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date());
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

$("now").value = params.get("now") || amsterdamNow();
$("day").value = params.get("day") || "";
$("month").value = ($("day").value || $("now").value).slice(0, 7);
document.querySelector(`input[name=lang][value=${lang}]`).checked = true;

function lastDay(month) {
  const [year, number] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, "0")}`;
}

function showDays() {
  const box = $("days");
  box.textContent = "";
  const month = $("month").value;
  if (!month) return;
  const answer = JSON.parse(call("cr_care_days", { ...CASE, from: `${month}-01`, through: lastDay(month) }));
  if (answer.error) { $("error").textContent = answer.error.message; return; }
  for (const day of answer.days) {
    const button = document.createElement("button");
    button.textContent = day.date.slice(8);
    button.title = day.care ? day.deadline.phrase[lang] : `${WORDS[lang].noCare}: ${day.name[lang]}`;
    if (!day.care) button.className = "none";
    if (day.date === $("day").value) button.classList.add("picked");
    button.onclick = () => { $("day").value = day.date; show(); };
    box.appendChild(button);
  }
}

function show() {
  const words = WORDS[lang];
  document.documentElement.lang = lang;
  for (const id of ["title", "settings", "intro"]) $(id).textContent = words[id];
  $("now-label").textContent = words.now;
  $("month-label").textContent = words.month;
  $("day-label").textContent = words.day;
  for (const id of ["deadline", "verdict", "explanation", "error"]) $(id).textContent = "";
  $("articles").textContent = "";
  if ($("day").value) $("month").value = $("day").value.slice(0, 7);
  showDays();
  if (!$("day").value) return;
  const request = { ...CASE, day: $("day").value, now: $("now").value.slice(0, 16) };
  const answerText = call("cr_can_report_absence", request);
  $("request").textContent = JSON.stringify(request);
  $("answer").textContent = answerText;
  const answer = JSON.parse(answerText);
  if (answer.error) { $("error").textContent = answer.error.message; return; }
  const deadline = answer.deadlines.find((d) => d.kind === "absenceReport");
  if (deadline) $("deadline").textContent = words.deadline + deadline.phrase[lang] + ".";
  $("verdict").textContent = answer.minutes > 0 ? words.earned + answer.minutes + words.minutes : words.notEarned;
  $("verdict").className = "verdict " + (answer.minutes > 0 ? "earned" : "not");
  const explainedText = call("cr_explain", { decision: answer, lang });
  $("explained").textContent = explainedText;
  const explained = JSON.parse(explainedText);
  $("explanation").textContent = explained.text;
  for (const article of explained.articles) {
    const item = document.createElement("li");
    item.textContent = article;
    $("articles").appendChild(item);
  }
}

for (const radio of document.querySelectorAll("input[name=lang]")) {
  radio.onchange = () => { lang = radio.value; show(); };
}
$("now").onchange = show;
$("day").onchange = show;
$("month").onchange = showDays;
show();
