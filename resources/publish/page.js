/* The token holder's page (FORMAT.md §14): reads the data published inside the page,
 * verifies the attestation with TijoriVerify (verify.js) as soon as it opens, shows the
 * signed figures first and then every check, and checks a proof that the holder looks
 * up, pastes or drops. It makes no network request: the data is inline, and the page's
 * Content-Security-Policy forbids any. */
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const data = JSON.parse($("tijori-data").textContent);
  const programme = data.kind === "programme";
  const MARKS = { passed: "✓", failed: "✗", "not done": "!", alert: "✗", caution: "!",
                  note: "•", clear: "✓" };
  const FINDING_ORDER = ["alert", "not done", "caution", "note", "clear"];

  function text(tag, value, className) {
    const node = document.createElement(tag);
    node.textContent = value;
    if (className) node.className = className;
    return node;
  }

  function payloadOf(envelope) {
    const bytes = Uint8Array.from(atob(envelope.payload.replace(/-/g, "+").replace(/_/g, "/")),
                                  (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  function stateOf(check) {
    if (!check.done) return "not done";
    if (check.block === "finding") return check.severity;
    return check.passed ? "passed" : "failed";
  }

  function decides(check) {
    return check.block === "integrity" || check.required;
  }

  /* "VALID", or "NOT VALID: 2 checks failed: a, b", as `tijori verify` ends. */
  function bottomLine(verdict) {
    if (verdict.valid) {
      const weigh = verdict.checks.filter((c) => c.block === "finding" &&
        (!c.done || c.severity === "alert" || c.severity === "caution"));
      if (!weigh.length) return "VALID: every check holds, and the figures below are the signers'.";
      return "VALID, with " + weigh.length + " finding" + (weigh.length === 1 ? "" : "s") +
        " to weigh: " + weigh.map((c) => c.check).join(", ");
    }
    const failed = verdict.checks.filter((c) => decides(c) && !c.passed);
    if (!failed.length) return "NOT VALID: no check was made";
    return "NOT VALID: " + failed.length + " check" + (failed.length === 1 ? "" : "s") +
      " failed: " + failed.map((c) => c.check).join(", ");
  }

  function fillChecks(list, checks) {
    list.replaceChildren();
    for (const check of checks) {
      const item = document.createElement("li");
      const state = stateOf(check);
      item.dataset.check = check.check;
      item.dataset.state = state;
      item.append(text("span", MARKS[state] || "?", "mark"),
                  text("span", check.check + (state === "not done" ? " — not done" : ""),
                       "name"),
                  text("span", check.reason, "reason"));
      list.append(item);
    }
  }

  function showVerdict(node, verdict) {
    node.dataset.valid = String(verdict.valid);
    node.classList.remove("pending");
    node.textContent = verdict.valid ? "VALID" : "NOT VALID";
  }

  function percent(ratio) {
    if (ratio === null || ratio === undefined) return "n/a";
    const [whole, places = ""] = ratio.split(".");
    const digits = (whole + places.padEnd(6, "0")).replace(/^0+(?=\d)/, "");
    const padded = digits.padStart(5, "0");
    const cut = padded.length - 4;  // six places of a ratio are four of a percentage
    return padded.slice(0, cut).replace(/^0+(?=\d)/, "") + "." + padded.slice(cut, cut + 2) +
      " %";
  }

  function grouped(quantity) {
    const [whole, places] = quantity.split(".");
    const sign = whole.startsWith("-") ? "-" : "";
    const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return sign + digits + (places !== undefined ? "." + places : "");
  }

  function age(asOf, now) {
    const seconds = Math.max(0, (now - new Date(asOf)) / 1000);
    if (seconds < 3600) return Math.floor(seconds / 60) + " minutes";
    if (seconds < 172800) return Math.floor(seconds / 3600) + " hours";
    return Math.floor(seconds / 86400) + " days";
  }

  function facts(list, rows) {
    list.replaceChildren();
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === "") continue;
      list.append(text("dt", name), text("dd", String(value)));
    }
  }

  function programmeFacts(statement, now) {
    const c = statement.collisions;
    facts($("facts"), [
      ["Programme", statement.programme.name + " (policy version " +
        statement.programme.version + ")"],
      ["As of (UTC)", statement.as_of + " (" + age(statement.as_of, now) + " ago)"],
      ["Attestation", statement.attestation_id],
      ["Number in its series", statement.sequence],
      ["Members", statement.members.length + " custodians, each attesting within " +
        Math.round(statement.window_seconds / 3600) + " hours of the as-of"],
      ["Counted twice", "none: " + c.identities.toLocaleString("en") +
        " identities checked (bars: " + c.bars + ", lots: " + c.lots + ", tanks: " +
        c.tanks + ")"],
      ["Merkle root of the members", statement.tree.root],
    ]);
    const rows = $("members").tBodies[0];
    rows.replaceChildren();
    for (const entry of statement.members) {
      const row = rows.insertRow();
      row.append(text("td", entry.name), text("td", entry.custodian.name),
                 text("td", entry.as_of),
                 text("td", entry.tree.size.toLocaleString("en"), "num"));
    }
    $("members-box").hidden = false;
    const select = $("member-select");
    select.replaceChildren();
    statement.members.forEach((entry, index) => {
      const option = text("option", entry.name);
      option.value = String(index);
      select.append(option);
    });
    select.hidden = false;
  }

  function showFigures(statement, verdict, now) {
    $("figures-note").textContent = verdict.intact
      ? "Signed figures, read from the statement the signers signed."
      : "Figures as the statement states them. NOT VALID: do not rely on them; see the " +
        "checks below.";
    if (programme) {
      programmeFacts(statement, now);
      showTables(statement);
      return;
    }
    const scope = statement.scope;
    facts($("facts"), [
      ["Custodian", statement.custodian.name],
      ["Ledger", statement.custodian.ledger_id],
      ["As of (UTC)", statement.as_of + " (" + age(statement.as_of, now) + " ago)"],
      ["Attestation", statement.attestation_id],
      ["Number in its series", statement.sequence],
      ["Scope", scope ? (scope.complete ? "every holding of the ledger (sites " +
        scope.sites.join(", ") + ")" : "sites " + scope.sites.join(", ") +
        " only, not every holding of the ledger") : null],
      ["Holdings", statement.tree.size.toLocaleString("en")],
      ["Merkle root", statement.tree.root],
    ]);
    showTables(statement);
  }

  function showTables(statement) {
    const totals = $("totals").tBodies[0];
    totals.replaceChildren();
    for (const total of statement.totals) {
      const row = totals.insertRow();
      row.append(text("td", total.commodity), text("td", grouped(total.quantity), "num"),
                 text("td", total.unit));
    }
    const tokens = $("tokens").tBodies[0];
    tokens.replaceChildren();
    for (const token of statement.tokens) {
      const row = tokens.insertRow();
      const unit = token.per_token.unit;
      const short = token.supply !== null && !token.covered && token.note === undefined;
      if (short) row.className = "short";
      row.append(text("td", token.symbol),
                 text("td", token.supply === null ? "—" : grouped(token.supply), "num"),
                 text("td", token.required ? grouped(token.required.quantity) + " " + unit
                      : "—", "num"),
                 text("td", token.reserves ? grouped(token.reserves.quantity) + " " + unit
                      : "—", "num"),
                 text("td", percent(token.coverage), "num"),
                 text("td", token.note ? token.note : short
                      ? "SHORTFALL of " + grouped(token.shortfall) + " " + unit : "covered"));
    }
    if (!statement.tokens.length) {
      const row = tokens.insertRow();
      const cell = text("td", "This attestation backs no token.");
      cell.colSpan = 6;
      row.append(cell);
    }
  }

  async function showPolicy() {
    const policy = payloadOf(data.policy);
    const digest = await TijoriVerify.policyDigest(data.policy);
    $("policy-name").textContent = policy.name + ", version " + policy.version +
      ", expires " + policy.expires;
    $("policy-words").textContent = TijoriVerify.digestWords(digest).join(" ");
    $("policy-digest").textContent = digest;
  }

  async function verifyPublished() {
    const now = new Date();
    const started = performance.now();
    const verify = programme ? TijoriVerify.verifyProgrammeAttestation
      : TijoriVerify.verifyAttestation;
    const verdict = await verify({
      attestation: data.attestation, policy: data.policy,
      olderPolicies: data.older_policies || [], now,
      maxAgeSeconds: data.max_age_seconds === undefined ? null : data.max_age_seconds });
    window.tijoriTiming = { attestationMs: performance.now() - started };
    showVerdict($("verdict"), verdict);
    $("verdict-line").textContent = bottomLine(verdict);
    fillChecks($("checks"), verdict.checks.filter((c) => c.block === "integrity"));
    fillChecks($("findings"), verdict.checks.filter((c) => c.block === "finding").sort(
      (a, b) => FINDING_ORDER.indexOf(stateOf(a)) - FINDING_ORDER.indexOf(stateOf(b))));
    let statement = verdict.statement;
    if (!statement) {
      try { statement = payloadOf(data.attestation); } catch (e) { statement = null; }
    }
    if (statement && (statement.custodian || statement.programme) && statement.tree) {
      try { showFigures(statement, verdict, now); } catch (e) { /* the checks say why */ }
    }
    window.tijoriResult = verdict;
  }

  async function verifyProofDocument(proof) {
    const now = new Date();
    const started = performance.now();
    const chained = proof && proof.format === "tijori-programme-proof";
    const verdict = await (chained ? TijoriVerify.verifyChainedProof
      : TijoriVerify.verifyProof)({
      proof, policy: data.policy, olderPolicies: data.older_policies || [], now,
      maxAgeSeconds: data.max_age_seconds === undefined ? null : data.max_age_seconds });
    window.tijoriTiming = Object.assign(window.tijoriTiming || {},
                                        { proofMs: performance.now() - started });
    showProofChecks(verdict);
    let holding = null;
    try {
      holding = JSON.parse(chained ? proof.holding.leaf : proof.leaf).holding;
    } catch (e) { holding = null; }
    const rows = [];
    if (holding && verdict.valid) {
      if (chained) rows.push(["Member custodian", proof.member]);
      rows.push(["Holding", holding.kind + " " + holding.id + " at site " + holding.site]);
      for (const name of ["brand", "serial", "year", "warrant", "code"]) {
        if (holding[name] !== undefined) rows.push([name, holding[name]]);
      }
      for (const q of holding.quantities || []) {
        rows.push([q.commodity, grouped(q.quantity) + " " + q.unit]);
      }
      let statement = verdict.statement;
      if (chained) {
        try { statement = payloadOf(proof.holding.envelope); } catch (e) { statement = null; }
      }
      if (statement) rows.push(["Held as of (UTC)", statement.as_of]);
    }
    facts($("proof-facts"), rows);
    window.tijoriProofResult = verdict;
    return verdict;
  }

  /* The proof's verdict, its deciding line (the inclusion, or what failed), and every
   * check folded under it: the attestation's own are the same as above. */
  function showProofChecks(verdict) {
    $("proof-result").hidden = false;
    showVerdict($("proof-verdict"), verdict);
    const inclusion = verdict.checks.find((c) => c.check === "inclusion");
    $("proof-line").textContent = verdict.valid && inclusion ? inclusion.reason
      : bottomLine(verdict);
    $("proof-summary").textContent = "Every check (" + verdict.checks.length + ")";
    $("proof-details").open = !verdict.valid;
    fillChecks($("proof-checks"), verdict.checks);
  }

  function failedProof(reason) {
    const verdict = { valid: false, intact: false, statement: null, checks: [
      { check: "proof", passed: false, done: true, reason, block: "integrity",
        severity: null, required: false }] };
    showProofChecks(verdict);
    facts($("proof-facts"), []);
    window.tijoriProofResult = verdict;
    return verdict;
  }

  function checkText(value) {
    let proof;
    try { proof = JSON.parse(value); } catch (e) {
      return failedProof("the proof is not JSON: " + e.message);
    }
    return verifyProofDocument(proof);
  }

  function lookUp() {
    const id = $("holding-id").value.trim();
    const key = programme ? $("member-select").value + "/" + String(Number(id))
      : String(Number(id));
    const found = /^[0-9]+$/.test(id) ? data.proofs[key] : undefined;
    if (!found) {
      return failedProof("no proof of holding " + (id || "(none given)") +
                         (programme ? " of " + $("member-select").selectedOptions[0].text
                          : "") + " is published here: ask your custodian for yours");
    }
    return verifyProofDocument(Object.assign(
      programme ? { programme: data.attestation } : { envelope: data.attestation }, found));
  }

  function readFile(file) {
    const reader = new FileReader();
    reader.onload = () => { $("proof-input").value = reader.result; checkText(reader.result); };
    reader.onerror = () => failedProof("the file could not be read");
    reader.readAsText(file);
  }

  function files() {
    const list = $("files");
    const links = [["attestation.json", "the signed attestation"],
                   ["policy.json", "the trust policy"]];
    (data.older_policies || []).forEach((_, i) => links.push(
      ["older-policy-" + (i + 1) + ".json", "an older version of the policy"]));
    if (data.report) links.push([data.report, "the signed public report (PDF)"]);
    for (const [href, what] of links) {
      const item = document.createElement("li");
      const anchor = text("a", href);
      anchor.href = href;
      item.append(anchor, document.createTextNode(": " + what));
      list.append(item);
    }
    const count = Object.keys(data.proofs).length;
    if (count) {
      list.append(text("li", "proofs/: " + count.toLocaleString("en") +
                       " published proofs, one file per holding" + (programme
                         ? " (proofs/MEMBER-ID.json, MEMBER its place in the programme)"
                         : " id (proofs/ID.json)")));
    } else {
      $("lookup-box").hidden = true;
    }
    $("published").textContent = "Published " + data.published + ". Checked by this page " +
      "with the Web Crypto API of your browser; no network request is made.";
  }

  function wire() {
    $("lookup").addEventListener("click", lookUp);
    $("holding-id").addEventListener("keydown", (e) => { if (e.key === "Enter") lookUp(); });
    $("proof-verify").addEventListener("click", () => checkText($("proof-input").value));
    $("proof-file").addEventListener("change", (e) => {
      if (e.target.files.length) readFile(e.target.files[0]);
    });
    const drop = $("drop");
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      if (e.dataTransfer.files.length) readFile(e.dataTransfer.files[0]);
    });
  }

  window.tijoriPage = { lookUp, checkText };
  wire();
  files();
  Promise.all([showPolicy(), verifyPublished()]).catch((error) => {
    const verdict = $("verdict");
    verdict.dataset.valid = "false";
    verdict.classList.remove("pending");
    verdict.textContent = "NOT VALID";
    $("verdict-line").textContent = "The page could not check the attestation: " + error;
    window.tijoriResult = { valid: false, error: String(error), checks: [] };
  }).finally(() => {
    // From the page's navigation to its verdict shown: what a holder waits.
    window.tijoriTiming = Object.assign(window.tijoriTiming || {},
                                        { readyMs: performance.now() });
    window.tijoriReady = true;
  });
})();
