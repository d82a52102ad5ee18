// Stand-in for the four record services behind the gateway, for .ci/workbench-selftest: the record API of every
// type (record, list, read, correct, withdraw, history), the lifecycle steps of cases and applications, the legal
// clocks, GET /api/<context>/ledger/types, one OpenAPI document shaped as springdoc writes it (the gateway asks each
// service for /v3/api-docs; this stub answers every context's paths in it) and the reporting service's departments.
// Records are kept in memory, per department (the gateway's signed assertion names it). Input is checked from the
// same description the OpenAPI document is written from, and refused as the services do: 400, problem+json, errors[]
// naming the field (a correction's fields under "record.").
//   node .ci/workbench-stub.cjs PORT
'use strict';

const http = require('http');
const crypto = require('crypto');

// ----- the description: every record type and step, its fields and their rules (as the Java contracts say) -----

const str = (maxLength, more) => ({ type: 'string', maxLength, ...more });
const text = (maxLength) => str(maxLength, { notBlank: true, required: true });
const date = (more) => ({ type: 'string', format: 'date', ...more });
const day = () => date({ required: true, business: true });
const int = (minimum, maximum, more) => ({ type: 'integer', minimum, maximum, ...more });
const num = (minimum, maximum, more) => ({ type: 'number', minimum, maximum, ...more });
const bool = (more) => ({ type: 'boolean', ...more });
const list = (maxLength) => ({ type: 'array', maxItems: 50, items: { type: 'string', maxLength } });
const choice = (values, more) => ({ type: 'string', enum: values, ...more });
const required = (spec) => ({ ...spec, required: true });

const SESSION_KINDS = ['COLLECTIVE_STUDY', 'CENTRAL_GROUP_STUDY', 'GROUP_STUDY', 'SPECIAL_TRAINING', 'LEADER_LAW_LECTURE',
  'WARNING_EDUCATION', 'THEMATIC_STUDY', 'FIRST_TOPIC_STUDY', 'THREE_MEETINGS_ONE_LESSON', 'LAW_LECTURE'];
const FORMATS = ['OFFLINE', 'ONLINE'];
const PLAINTIFFS = ['NATURAL_PERSON', 'BUSINESS', 'RESEARCH_INSTITUTE', 'PUBLIC_INTEREST_ORGANISATION', 'LEGAL_SERVICES_ORGANISATION', 'OTHER'];
const APPLICANTS = ['NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTE', 'PUBLIC_INTEREST_ORGANISATION', 'LEGAL_SERVICES_ORGANISATION', 'OTHER_ORGANISATION'];
const OUTCOMES = ['DISCLOSED', 'PARTLY_DISCLOSED', 'NOT_DISCLOSED', 'CANNOT_PROVIDE', 'NOT_HANDLED', 'OTHER_HANDLING'];
const SUB_REASONS = ['STATE_SECRET', 'PROHIBITED_BY_LAW', 'ENDANGERS_SECURITY_OR_STABILITY', 'THIRD_PARTY_RIGHTS', 'INTERNAL_AFFAIRS',
  'PROCESS_INFORMATION', 'ENFORCEMENT_CASE_FILE', 'ADMINISTRATIVE_INQUIRY', 'NOT_HELD', 'WOULD_NEED_CREATING',
  'STILL_UNCLEAR_AFTER_CORRECTION', 'PETITION_OR_COMPLAINT', 'REPEATED_APPLICATION', 'PUBLISHED_MATERIAL',
  'MASS_REPEATED_WITHOUT_REASON', 'CONFIRM_OR_REISSUE', 'CORRECTION_NOT_SUPPLIED', 'FEE_NOT_PAID', 'OTHER'];

const BY_SOURCE = { schema: 'ContestantsBySource', fields: {
  departments: required(int(0, 100000)), schools: required(int(0, 100000)), hospitals: required(int(0, 100000)),
  enterprises: required(int(0, 100000)), other: required(int(0, 100000)) } };

const TYPES = {
  'study.lawList': { context: 'study', path: '/api/study/law-lists', schema: 'RequiredLawListDetails', date: (r) => `${r.year}-01-01`,
    fields: { year: required(int(2000, 2100)), title: text(200), laws: { ...list(100), required: true, minItems: 1 } } },
  'study.session': { context: 'study', path: '/api/study/sessions', schema: 'StudySessionDetails', date: (r) => r.heldOn,
    fields: { kind: required(choice(SESSION_KINDS)), title: text(200), heldOn: day(), organiser: str(100), attendees: int(1, 10000),
      hours: num(0, 24, { exclusiveMinimum: true }), topics: list(200), laws: list(100), format: choice(FORMATS), required: int(1, 10000) },
    rule: (r) => (r.attendees != null && r.required != null && r.attendees > r.required ? ['attendees', 'must not exceed required'] : null),
    normal: (r) => ({ ...r, format: r.format || 'OFFLINE', topics: r.topics || [], laws: r.laws || [] }) },
  'study.exam': { context: 'study', path: '/api/study/exams', schema: 'LawExamDetails', date: (r) => r.heldOn,
    fields: { heldOn: day(), title: text(200), eligible: int(0, 100000), participants: int(0, 100000), passed: int(0, 100000),
      averageScore: num(0, 100), format: choice(FORMATS) } },
  'study.hearing': { context: 'study', path: '/api/study/hearings', schema: 'HearingAttendanceDetails', date: (r) => r.attendedOn,
    fields: { attendedOn: day(), title: text(200), court: text(100), caseReference: str(100), attendees: int(1, 10000), online: bool() } },
  'governance.meeting': { context: 'study', path: '/api/study/meetings', schema: 'DecisionMeetingDetails', date: (r) => r.heldOn,
    fields: { kind: required(choice(['PARTY_GROUP', 'DIRECTOR_OFFICE', 'TOPIC'])), heldOn: day(), title: text(200), topics: list(200),
      decisions: int(0, 1000) } },
  'governance.integrity': { context: 'study', path: '/api/study/integrity', schema: 'IntegrityWorkDetails', date: (r) => r.heldOn,
    fields: { kind: required(choice(['INTEGRITY_STUDY', 'INTEGRITY_TALK'])), heldOn: day(), title: text(200), persons: int(0, 10000) } },
  'legal.case': { context: 'litigation', path: '/api/litigation/cases', schema: 'LegalCaseDetails', date: (r) => r.complaintReceivedOn,
    fields: { kind: required(choice(['LITIGATION_FIRST_INSTANCE', 'LITIGATION_APPEAL', 'LITIGATION_RETRIAL', 'RECONSIDERATION'])),
      caseNumber: text(100), court: text(200), plaintiffType: required(choice(PLAINTIFFS)), subject: text(200),
      concernsDisclosure: bool(), followsReconsideration: bool(), complaintReceivedOn: day() },
    normal: (r, old) => ({ concernsDisclosure: false, followsReconsideration: false, ...(old || {}), ...r,
      defenceDueOn: plusDays(r.complaintReceivedOn, 15) }),
    steps: {
      defence: { type: 'legal.case.defence', segment: 'defence', schema: 'Defence', fields: { expectedVersion: int(0, undefined, { format: 'int64' }), filedOn: day() },
        apply: (r, b) => ({ ...r, defenceFiledOn: b.filedOn, defenceOverdue: b.filedOn > r.defenceDueOn }), event: 'defenceFiled' },
      platformRegistration: { type: 'legal.case.platformRegistration', segment: 'platform-registration', schema: 'PlatformRegistration',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), registeredOn: day(), platformReference: text(100) },
        apply: (r, b) => ({ ...r, platformRegisteredOn: b.registeredOn, platformReference: b.platformReference }), event: 'caseRegisteredOnPlatform' },
      hearing: { type: 'legal.case.hearing', segment: 'hearings', schema: 'Hearing',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), heldOn: day(), principalAppeared: required(bool()) },
        apply: (r, b) => ({ ...r, hearings: (r.hearings || 0) + 1, principalAppearances: (r.principalAppearances || 0) + (b.principalAppeared ? 1 : 0), lastHearingOn: b.heldOn }), event: 'hearingHeld' },
      conclusion: { type: 'legal.case.conclusion', segment: 'conclusion', schema: 'Conclusion',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), concludedOn: day(), outcome: required(choice(['UPHELD', 'CORRECTED', 'OTHER'])),
          detail: required(choice(['CLAIM_DISMISSED', 'DECISION_REVOKED', 'CONFIRMED_ILLEGAL', 'ORDERED_TO_ACT', 'WITHDRAWN', 'MEDIATED', 'OTHER'])) },
        apply: (r, b) => ({ ...r, concludedOn: b.concludedOn, outcome: b.outcome, outcomeDetail: b.detail }), event: 'caseConcluded' },
      appeal: { type: 'legal.case.appeal', segment: 'appeal', schema: 'Appeal',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), appealedOn: day(), caseNumber: text(100), court: text(200), complaintReceivedOn: day() },
        apply: (r, b) => ({ ...r, appealedOn: b.appealedOn }), event: 'caseAppealed', creates: true },
    } },
  'legal.counsel': { context: 'litigation', path: '/api/litigation/counsel', schema: 'LegalCounselDetails', date: (r) => r.retainedOn,
    fields: { name: text(100), firm: text(200), termStart: required(date()), termEnd: required(date()), retainedOn: day(), filedOn: date({ business: true }) } },
  'legal.review': { context: 'litigation', path: '/api/litigation/reviews', schema: 'LegalReviewDetails', date: (r) => r.reviewedOn,
    fields: { kind: required(choice(['NORMATIVE_DOCUMENT', 'MAJOR_DECISION', 'MAJOR_ENFORCEMENT_DECISION', 'CONTRACT', 'OTHER'])),
      subject: text(200), reviewedOn: day(), conclusion: text(1000) } },
  'outreach.event': { context: 'outreach', path: '/api/outreach/events', schema: 'CampaignEventDetails', date: (r) => r.startsOn,
    fields: { campaign: required(choice(['SCIENCE_WEEK', 'SCIENCE_DAY', 'CONSTITUTION_WEEK', 'OTHER'])), campaignName: str(100), title: text(200),
      startsOn: day(), endsOn: required(date()), partners: list(200), estimatedAudience: int(0, 10000000), laws: list(200) } },
  'outreach.contestSeries': { context: 'outreach', path: '/api/outreach/contest-series', schema: 'ContestSeriesDetails', date: (r) => r.registeredOn,
    fields: { name: text(200), organiser: text(200), partners: list(200), registeredOn: day() } },
  'outreach.contestEdition': { context: 'outreach', path: '/api/outreach/contest-editions', schema: 'ContestEditionDetails', date: (r) => r.heldOn,
    fields: { seriesId: text(100), year: required(int(2000, 2100)), edition: required(int(1, 1000)), title: text(200), heldOn: day(),
      contestants: int(0, 100000), contestantsBySource: { object: BY_SOURCE }, ruleOfLawContent: bool(), awards: list(200) } },
  'outreach.briefing': { context: 'outreach', path: '/api/outreach/briefings', schema: 'BriefingDetails', date: (r) => r.heldOn,
    fields: { title: text(200), heldOn: day(), topics: list(200), speakers: list(200), attendees: int(0, 100000), enterprisesPresent: int(0, 100000) } },
  'outreach.visit': { context: 'outreach', path: '/api/outreach/visits', schema: 'EnterpriseVisitDetails', date: (r) => r.visitedOn,
    fields: { enterprise: text(200), creditCode: text(18), visitedOn: day(), topics: list(200), followUps: list(500) } },
  'disclosure.item': { context: 'disclosure', path: '/api/disclosure/items', schema: 'InformationItemDetails', date: (r) => r.publishedOn,
    fields: { category: required(choice(['GUIDE', 'STATUTORY', 'ANNUAL_REPORT', 'NEWS'])),
      statutoryKind: choice(['FUNCTIONS', 'LEADERS', 'POLICY_DOCUMENTS', 'BUDGETS_AND_FINAL_ACCOUNTS', 'RULE_OF_LAW_REPORT', 'OTHER']),
      title: text(300), formedOn: date({ business: true }), publishedOn: day(), channel: str(100), url: str(500, { pattern: 'https?://\\S+' }) } },
  'disclosure.application': { context: 'disclosure', path: '/api/disclosure/applications', schema: 'DisclosureApplicationDetails', date: (r) => r.receivedOn,
    fields: { receivedOn: day(), applicantType: required(choice(APPLICANTS)), requestSummary: text(500) },
    normal: (r, old) => ({ corrections: 0, pausedWorkingDays: 0, dueOnProvisional: false, answeredLate: false, deadlinePassed: false,
      ...(old || {}), ...r, dueOn: plusDays(r.receivedOn, 28) }),
    steps: {
      correctionRequest: { type: 'disclosure.application.correctionRequest', segment: 'correction-request', schema: 'CorrectionRequest',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), requestedOn: day() },
        apply: (r, b) => ({ ...r, correctionRequestedOn: b.requestedOn, dueOn: null }), event: 'applicationCorrectionRequested' },
      correctionReceived: { type: 'disclosure.application.correctionReceived', segment: 'correction-received', schema: 'CorrectionReceived',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), receivedOn: day() },
        apply: (r, b) => ({ ...r, correctionRequestedOn: null, corrections: r.corrections + 1, dueOn: plusDays(b.receivedOn, 28) }), event: 'applicationCorrectionReceived' },
      extension: { type: 'disclosure.application.extension', segment: 'extension', schema: 'Extension',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), approvedOn: day(), workingDays: required(int(1, 20)) },
        apply: (r, b) => ({ ...r, extensionApprovedOn: b.approvedOn, extensionWorkingDays: b.workingDays, dueOn: r.dueOn && plusDays(r.dueOn, b.workingDays + 8) }), event: 'applicationExtensionApproved' },
      answer: { type: 'disclosure.application.answer', segment: 'answer', schema: 'Answer',
        fields: { expectedVersion: int(0, undefined, { format: 'int64' }), answeredOn: day(), outcome: required(choice(OUTCOMES)), subReason: choice(SUB_REASONS) },
        apply: (r, b) => ({ ...r, answeredOn: b.answeredOn, outcome: b.outcome, subReason: b.subReason || null, answeredLate: !!r.dueOn && b.answeredOn > r.dueOn }), event: 'disclosureApplicationAnswered' },
    } },
  'normative.document': { context: 'disclosure', path: '/api/disclosure/normative-documents', schema: 'NormativeDocumentDetails', date: (r) => r.issuedOn,
    fields: { documentNumber: text(100), title: text(300), issuedOn: day(), effectiveFrom: required(date()), validUntil: date(), revisesDocumentNumber: str(100) } },
  'normative.repeal': { context: 'disclosure', path: '/api/disclosure/normative-repeals', schema: 'NormativeRepealDetails', date: (r) => r.repealedOn,
    fields: { documentNumber: text(100), title: text(300), repealedOn: day(), reason: text(500) } },
  'normative.cleanup': { context: 'disclosure', path: '/api/disclosure/normative-cleanups', schema: 'NormativeCleanupDetails', date: (r) => r.completedOn,
    fields: { title: text(300), scope: text(500), completedOn: day(), reviewed: required(int(0)), kept: required(int(0)), amended: required(int(0)),
      repealed: required(int(0)), declaredInvalid: required(int(0)) } },
  'services.item': { context: 'disclosure', path: '/api/disclosure/service-items', schema: 'ServiceItemDetails', date: (r) => r.addedOn,
    fields: { name: text(300), platform: text(100), fullyOnline: bool(), addedOn: day() } },
  'services.materialsUpdate': { context: 'disclosure', path: '/api/disclosure/service-materials-updates', schema: 'ServiceMaterialsUpdateDetails', date: (r) => r.updatedOn,
    fields: { itemName: text(300), serviceItemId: str(100), updatedOn: day(), change: str(1000) } },
};

function plusDays(isoDate, days) {
  return new Date(Date.parse(isoDate) + days * 86400000).toISOString().slice(0, 10);
}
const today = () => new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);

// ----- the OpenAPI document, as springdoc writes it -----------------------------------------------

function schemaOf(spec) {
  if (spec.object) return { $ref: `#/components/schemas/${spec.object.schema}` };
  const out = {};
  for (const key of ['type', 'format', 'enum', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'pattern', 'maxItems', 'minItems']) {
    if (spec[key] !== undefined) out[key] = spec[key];
  }
  if (spec.type === 'integer' && !spec.format) out.format = 'int32';
  if (spec.type === 'number') out.format = 'double';
  if (spec.notBlank) out.minLength = 1;
  if (spec.items) out.items = schemaOf(spec.items);
  return out;
}

function objectSchema(fields) {
  const names = Object.keys(fields);
  const needed = names.filter((name) => fields[name].required);
  return { type: 'object', ...(needed.length ? { required: needed } : {}),
    properties: Object.fromEntries(names.map((name) => [name, schemaOf(fields[name])])) };
}

function openApi() {
  const schemas = { ContestantsBySource: objectSchema(BY_SOURCE.fields) };
  const paths = {};
  const department = [{ name: 'department', in: 'query', required: false, schema: { type: 'string' } }];
  const body = (name) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } }, required: true });
  schemas.Withdrawal = objectSchema({ expectedVersion: required(int(0, undefined, { format: 'int64' })), reason: text(500) });
  for (const spec of Object.values(TYPES)) {
    schemas[spec.schema] = objectSchema(spec.fields);
    schemas[`Correction${spec.schema}`] = { type: 'object', required: ['expectedVersion', 'reason', 'record'], properties: {
      expectedVersion: { type: 'integer', format: 'int64', minimum: 0 }, reason: { type: 'string', maxLength: 500, minLength: 1 },
      record: { $ref: `#/components/schemas/${spec.schema}` } } };
    paths[spec.path] = {
      get: { parameters: [{ name: 'year', in: 'query', schema: { type: 'integer' } }, ...department] },
      post: { parameters: department, requestBody: body(spec.schema) } };
    paths[`${spec.path}/{id}`] = { get: { parameters: department }, put: { parameters: department, requestBody: body(`Correction${spec.schema}`) } };
    paths[`${spec.path}/{id}/withdrawal`] = { post: { parameters: department, requestBody: body('Withdrawal') } };
    paths[`${spec.path}/{id}/history`] = { get: { parameters: department } };
    for (const step of Object.values(spec.steps || {})) {
      schemas[step.schema] = objectSchema(step.fields);
      paths[`${spec.path}/{id}/${step.segment}`] = { post: { parameters: department, requestBody: body(step.schema) } };
    }
  }
  return { openapi: '3.1.0', info: { title: 'OpenAPI definition', version: 'v0' }, paths, components: { schemas } };
}

// ----- checking input as the services do ------------------------------------------------------------

function check(fields, body, prefix) {
  const errors = [];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [{ field: prefix.replace(/\.$/, '') || 'body', message: 'must be an object' }];
  for (const name of Object.keys(body)) {
    if (!(name in fields)) errors.push({ field: prefix + name, message: `is not a field of this record; its fields are [${Object.keys(fields).join(', ')}]` });
  }
  for (const [name, spec] of Object.entries(fields)) {
    const value = body[name];
    const field = prefix + name;
    if (value === undefined || value === null) {
      if (spec.required) errors.push({ field, message: spec.notBlank ? 'must not be blank' : 'must not be null' });
      continue;
    }
    if (spec.object) { errors.push(...check(spec.object.fields, value, `${field}.`)); continue; }
    if (spec.enum && !spec.enum.includes(value)) { errors.push({ field, message: `must be one of [${spec.enum.join(', ')}]` }); continue; }
    if (spec.type === 'string') {
      if (typeof value !== 'string') { errors.push({ field, message: 'must be a String' }); continue; }
      if (spec.notBlank && !value.trim()) errors.push({ field, message: 'must not be blank' });
      if (spec.maxLength && value.length > spec.maxLength) errors.push({ field, message: `size must be between 0 and ${spec.maxLength}` });
      if (spec.format === 'date') {
        if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(Date.parse(value))) errors.push({ field, message: `'${value}' is not a valid date (yyyy-MM-dd)` });
        else if (spec.business && (value < '2000-01-01' || value > today())) errors.push({ field, message: 'must be a date from 2000-01-01 up to today' });
      }
      if (spec.pattern && !new RegExp(`^${spec.pattern}$`).test(value)) errors.push({ field, message: 'must be an http(s) address' });
    } else if (spec.type === 'integer' || spec.type === 'number') {
      if (typeof value !== 'number' || (spec.type === 'integer' && !Number.isInteger(value))) { errors.push({ field, message: `must be a ${spec.type === 'integer' ? 'whole number' : 'number'}` }); continue; }
      if (spec.minimum !== undefined && (spec.exclusiveMinimum ? value <= spec.minimum : value < spec.minimum)) {
        errors.push({ field, message: spec.exclusiveMinimum ? `must be greater than ${spec.minimum}` : `must be greater than or equal to ${spec.minimum}` });
      }
      if (spec.maximum !== undefined && value > spec.maximum) errors.push({ field, message: `must be less than or equal to ${spec.maximum}` });
    } else if (spec.type === 'boolean') {
      if (typeof value !== 'boolean') errors.push({ field, message: 'must be a boolean (true or false)' });
    } else if (spec.type === 'array') {
      if (!Array.isArray(value)) { errors.push({ field, message: 'must be a list' }); continue; }
      if (spec.minItems && value.length < spec.minItems) errors.push({ field, message: `size must be between ${spec.minItems} and ${spec.maxItems}` });
      value.forEach((item, i) => {
        if (typeof item !== 'string' || !item.trim()) errors.push({ field: `${field}[${i}]`, message: 'must not be blank' });
        else if (item.length > spec.items.maxLength) errors.push({ field: `${field}[${i}]`, message: `size must be between 0 and ${spec.items.maxLength}` });
      });
    }
  }
  return errors;
}

class Refusal extends Error {
  constructor(status, title, detail, errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = errors;
  }
}

function invalid(errors) {
  return new Refusal(400, 'Invalid record', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

function details(spec, body, prefix, old) {
  const errors = check(spec.fields, body, prefix);
  if (errors.length) throw invalid(errors);
  const broken = spec.rule && spec.rule(body);
  if (broken) throw invalid([{ field: broken[0], message: broken[1] }]);
  return spec.normal ? spec.normal(body, old) : body;
}

// ----- the ledger in memory ----------------------------------------------------------------------------

const records = new Map();   // id → { id, type, department, version, withdrawn, ..., record, history }
const idempotent = new Map();

function entry(r) {
  const { history, ...shown } = r;
  return shown;
}

function find(spec, id, department) {
  const r = records.get(id);
  if (!r || r.type !== Object.keys(TYPES).find((t) => TYPES[t] === spec) || r.department !== department) {
    throw new Refusal(404, 'Record not found', `No record with id ${id}.`);
  }
  return r;
}

function expect(r, version) {
  if (version !== undefined && version !== null && version !== r.version) {
    throw new Refusal(409, 'Stale version', `The record is at version ${r.version}, not ${version}: somebody changed it since you read it. Nothing was recorded; read it again and repeat your change.`);
  }
  if (r.withdrawn) throw new Refusal(409, 'Not possible in the record\'s present state', 'The record is withdrawn.');
}

function change(r, kind, user, reason) {
  r.version = r.history.length;
  r.changedAt = new Date().toISOString();
  r.changedBy = user;
  r.history.push({ version: r.version, change: kind, at: r.changedAt, by: user, correlationId: crypto.randomUUID(),
    idempotencyKey: null, reason: reason || null, record: kind === 'withdrawn' ? null : { ...r.record }, department: r.department });
}

function newRecord(type, record, user, department, chosenId) {
  const id = chosenId || crypto.randomUUID();
  const at = new Date().toISOString();
  const r = { id, type, department, version: 0, withdrawn: false, withdrawalReason: null, recordedAt: at, recordedBy: user,
    changedAt: at, changedBy: user, record, history: [] };
  r.history.push({ version: 0, change: 'recorded', at, by: user, correlationId: crypto.randomUUID(), idempotencyKey: null,
    reason: null, record: { ...record }, department });
  records.set(id, r);
  return r;
}

function clocks(department) {
  const of = (type) => [...records.values()].filter((r) => r.type === type && r.department === department && !r.withdrawn);
  const left = (due) => Math.round((Date.parse(due) - Date.parse(today())) / 86400000);
  const cases = of('legal.case').filter((r) => !r.record.defenceFiledOn && !r.record.concludedOn).map((r) => ({
    caseId: r.id, caseNumber: r.record.caseNumber, kind: r.record.kind, court: r.record.court, subject: r.record.subject,
    receivedOn: r.record.complaintReceivedOn, dueOn: r.record.defenceDueOn, remindOn: plusDays(r.record.defenceDueOn, -3),
    daysLeft: left(r.record.defenceDueOn), defenceFiledOn: null, status: left(r.record.defenceDueOn) < 0 ? 'OVERDUE' : 'UPCOMING' }));
  const applications = of('disclosure.application').filter((r) => !r.record.answeredOn).map((r) => ({
    applicationId: r.id, requestSummary: r.record.requestSummary, applicantType: r.record.applicantType, receivedOn: r.record.receivedOn,
    dueOn: r.record.dueOn, dueOnProvisional: false, daysLeft: r.record.dueOn ? left(r.record.dueOn) : null,
    correctionRequestedOn: r.record.correctionRequestedOn || null, extensionWorkingDays: r.record.extensionWorkingDays || null,
    status: r.record.correctionRequestedOn ? 'PAUSED' : left(r.record.dueOn) < 0 ? 'OVERDUE' : 'UPCOMING' }));
  return {
    litigation: { today: today(), upcoming: cases.filter((c) => c.status === 'UPCOMING'), overdue: cases.filter((c) => c.status === 'OVERDUE') },
    disclosure: { today: today(), upcoming: applications.filter((a) => a.status === 'UPCOMING'),
      overdue: applications.filter((a) => a.status === 'OVERDUE'), paused: applications.filter((a) => a.status === 'PAUSED') },
  };
}

// the assertion the gateway signs: who, and for which department
function caller(request) {
  const token = (request.headers.authorization || '').replace(/^Bearer /, '');
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    return { user: claims.sub || 'unknown', department: claims.department || 'default' };
  } catch (e) {
    return { user: 'unknown', department: 'default' };
  }
}

function handle(method, path, query, body, request) {
  const { user, department } = caller(request);
  if (path === '/v3/api-docs') return [200, openApi()];
  if (path === '/actuator/health') return [200, { status: 'UP' }];
  if (path === '/api/reports/departments') {
    return [200, [{ code: 'default', name: '重庆市九龙坡区科学技术局', status: 'OPEN', names: [{ name: '重庆市九龙坡区科学技术局', since: '2019-03-01' }] },
      { code: 'sfj', name: '九龙坡区司法局', status: 'OPEN', names: [{ name: '九龙坡区司法局', since: '2019-03-01' }] }]];
  }
  const typesOf = /^\/api\/(study|litigation|outreach|disclosure)\/ledger\/types$/.exec(path);
  if (typesOf) {
    const types = {};
    for (const [type, spec] of Object.entries(TYPES).filter(([, s]) => s.context === typesOf[1])) {
      types[type] = spec.path;
      for (const step of Object.values(spec.steps || {})) types[step.type] = `${spec.path}/{of}/${step.segment}`;
    }
    return [200, { types }];
  }
  if (path === '/api/litigation/deadlines') return [200, clocks(department).litigation];
  if (path === '/api/disclosure/deadlines') return [200, clocks(department).disclosure];
  for (const [type, spec] of Object.entries(TYPES)) {
    if (path !== spec.path && !path.startsWith(`${spec.path}/`)) continue;
    const rest = path.slice(spec.path.length).split('/').filter(Boolean).map(decodeURIComponent);
    if (!rest.length && method === 'GET') {
      const year = Number(query.get('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid([{ field: 'year', message: 'give the year to list, between 2000 and 2100 (?year=2024)' }]);
      const page = Number(query.get('page') || 0);
      const size = Number(query.get('size') || 50);
      const all = [...records.values()].filter((r) => r.type === type && r.department === department
        && String(spec.date(r.record)).startsWith(String(year)))
        .sort((a, b) => String(spec.date(a.record)).localeCompare(String(spec.date(b.record))) || a.recordedAt.localeCompare(b.recordedAt));
      return [200, { year, page, size, total: all.length, records: all.slice(page * size, (page + 1) * size).map(entry) }];
    }
    if (!rest.length && method === 'POST') {
      const r = newRecord(type, details(spec, body, ''), user, department, request.headers['record-id']);
      return [201, { id: r.id }, { Location: `${spec.path}/${r.id}` }];
    }
    const r = find(spec, rest[0], department);
    if (rest.length === 1 && method === 'GET') return [200, entry(r)];
    if (rest.length === 2 && rest[1] === 'history' && method === 'GET') return [200, r.history];
    if (rest.length === 1 && method === 'PUT') {
      const errors = check({ expectedVersion: required(int(0)), reason: text(500), record: { required: true, object: { fields: {} } } },
        { ...body, record: body && body.record ? {} : body && body.record }, '');
      if (errors.length) throw invalid(errors);
      const corrected = details(spec, body.record, 'record.', r.record);
      expect(r, body.expectedVersion);
      r.record = corrected;
      change(r, 'corrected', user, body.reason.trim());
      return [200, entry(r)];
    }
    if (rest.length === 2 && rest[1] === 'withdrawal' && method === 'POST') {
      const errors = check({ expectedVersion: required(int(0)), reason: text(500) }, body, '');
      if (errors.length) throw invalid(errors);
      expect(r, body.expectedVersion);
      r.withdrawn = true;
      r.withdrawalReason = body.reason.trim();
      change(r, 'withdrawn', user, r.withdrawalReason);
      return [200, entry(r)];
    }
    const step = rest.length === 2 && method === 'POST' && Object.values(spec.steps || {}).find((s) => s.segment === rest[1]);
    if (step) {
      const errors = check(step.fields, body, '');
      if (errors.length) throw invalid(errors);
      expect(r, body.expectedVersion);
      r.record = step.apply(r.record, body);
      change(r, step.event, user, null);
      if (step.creates) {
        const next = newRecord(type, spec.normal({ kind: 'LITIGATION_APPEAL', caseNumber: body.caseNumber, court: body.court,
          plaintiffType: r.record.plaintiffType, subject: r.record.subject, concernsDisclosure: r.record.concernsDisclosure,
          followsReconsideration: r.record.followsReconsideration, complaintReceivedOn: body.complaintReceivedOn }), user, department);
        r.record.appealCaseId = next.id;
        r.history[r.history.length - 1].record = { ...r.record };
        return [201, { id: next.id }, { Location: `${spec.path}/${next.id}` }];
      }
      return [200, entry(r)];
    }
  }
  return [404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `No such path: ${method} ${path}` }];
}

http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const url = new URL(request.url, 'http://stub');
    let status;
    let answer;
    let headers = {};
    try {
      let body;
      if (chunks.length) {
        try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch (e) {
          throw new Refusal(400, 'Unreadable request body', 'The request body is not a valid JSON document.');
        }
      }
      const key = request.headers['idempotency-key'];
      const remembered = key && idempotent.get(`${caller(request).user}:${key}`);
      if (remembered && remembered.body !== JSON.stringify(body)) {
        throw new Refusal(422, 'Idempotency-Key reused', 'This Idempotency-Key was already used for a different request; nothing was recorded.');
      }
      if (remembered) [status, answer, headers] = remembered.answer;
      else {
        [status, answer, headers = {}] = handle(request.method, url.pathname, url.searchParams, body, request);
        if (key && status < 500) idempotent.set(`${caller(request).user}:${key}`, { body: JSON.stringify(body), answer: [status, answer, headers] });
      }
    } catch (error) {
      if (!(error instanceof Refusal)) console.error(error);
      status = error.status || 500;
      answer = { type: status === 400 ? 'urn:ledger:problem:invalid-record' : 'about:blank', title: error.title || 'Internal error',
        status, detail: error.message, instance: url.pathname, ...(error.errors ? { errors: error.errors } : {}),
        correlationId: crypto.randomUUID() };
    }
    const problem = status >= 400;
    response.writeHead(status, { 'Content-Type': problem ? 'application/problem+json' : 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(answer));
  });
}).listen(Number(process.argv[2]), '127.0.0.1');
