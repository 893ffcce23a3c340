// Test support, loaded with `node --require`: moves this process's wall clock to IKBOT_TEST_CLOCK (an
// ISO instant) at start and lets it run on from there, so a test can start the bot as a user does
// (npm start) on a Swedish working morning whatever day the test runs. Timers are untouched.
/* global process */
'use strict';
const target = Date.parse(process.env.IKBOT_TEST_CLOCK || '');
if (!Number.isNaN(target)) {
  const RealDate = Date;
  const offset = target - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
