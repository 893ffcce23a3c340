export * from './types';
export { checkItemFieldId, FIELD, TEXT_LIMITS } from './fieldIds';
export { findPersonnummer } from './findPersonnummer';
export { isIsoDate } from './isIsoDate';
export { assessmentLabel, isFullyApproved, scaleCodes } from './resultScales';
export { resultToFields } from './resultToFields';
export { validateSubmission, type SubmissionValidation } from './validateSubmission';
export { VALIDATION_MESSAGES, type ValidationMessages } from './validationMessages';
