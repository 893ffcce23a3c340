/**
 * Fixed, fake identities for tests. The GUIDs are made up (they are not anyone's real tenant or user) and
 * never change, so fixtures, snapshots and database documents can refer to them.
 */
export interface TestTenant {
  id: string;
  name: string;
}

export interface TestUser {
  /** The Teams user id as it arrives in `from.id` ("29:..."); stable per user and bot. */
  id: string;
  aadObjectId: string;
  name: string;
  givenName: string;
  surname: string;
  email: string;
  userPrincipalName: string;
  tenantId: string;
  /** What the person does in the internal-control process; tests give the role meaning. */
  role: 'unitManager' | 'performer' | 'admin' | 'outsider';
}

export const testTenant: TestTenant = {
  id: '5b7a1d3e-0c1f-4e8a-9d2b-6f3c8a4e1b70',
  name: 'Exempelby kommun',
};
export const otherTenant: TestTenant = {
  id: 'c2e4f6a8-1b3d-4f5e-8a7c-9e0b2d4f6a81',
  name: 'Grannstad kommun',
};

/** The bot's Microsoft App ID in tests; the bot's channel account id is `28:<botAppId>`. */
export const testBotAppId = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
export const testBot = { id: `28:${testBotAppId}`, name: 'ikbot' } as const;

function user(fields: Omit<TestUser, 'id'> & { idSuffix: string }): TestUser {
  const { idSuffix, ...rest } = fields;
  return { id: `29:1${idSuffix}`, ...rest };
}

/** Anna leads a unit and owns its controls. */
export const unitManager: TestUser = user({
  idSuffix: 'AnnaLindqvistQx7Kp2Vd9Rt4Wm8Zs3Hf6Jb1Nc5Lg0Ye',
  aadObjectId: 'a1111111-2b3c-4d5e-8f60-7a8b9c0d1e2f',
  name: 'Anna Lindqvist',
  givenName: 'Anna',
  surname: 'Lindqvist',
  email: 'anna.lindqvist@exempelby.se',
  userPrincipalName: 'anna.lindqvist@exempelby.se',
  tenantId: testTenant.id,
  role: 'unitManager',
});

/** Erik performs controls and reports results. */
export const performer: TestUser = user({
  idSuffix: 'ErikOlssonTz4Lm8Qw2Xc6Vb0Nj3Hg7Kd1Fs5Ra9Pu2Ey',
  aadObjectId: 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30',
  name: 'Erik Olsson',
  givenName: 'Erik',
  surname: 'Olsson',
  email: 'erik.olsson@exempelby.se',
  userPrincipalName: 'erik.olsson@exempelby.se',
  tenantId: testTenant.id,
  role: 'performer',
});

/** Sara administers ikbot for the municipality (imports plans, sees every unit). */
export const admin: TestUser = user({
  idSuffix: 'SaraNilssonWp3Ks7Dx1Mv5Bq9Lt2Gh6Zc0Fn4Ja8Ru3Ei',
  aadObjectId: 'c3333333-4d5e-4f60-8b82-9c0d1e2f3041',
  name: 'Sara Nilsson',
  givenName: 'Sara',
  surname: 'Nilsson',
  email: 'sara.nilsson@exempelby.se',
  userPrincipalName: 'sara.nilsson@exempelby.se',
  tenantId: testTenant.id,
  role: 'admin',
});

/** Olof belongs to another municipality's tenant: nothing of Exempelby's may reach him. */
export const outsider: TestUser = user({
  idSuffix: 'OlofBergTm6Hx0Kq4Ws8Dv2Lb5Zn9Fj3Pc7Gy1Ru4Ak',
  aadObjectId: 'd4444444-5e6f-4071-9c93-0d1e2f304152',
  name: 'Olof Berg',
  givenName: 'Olof',
  surname: 'Berg',
  email: 'olof.berg@grannstad.se',
  userPrincipalName: 'olof.berg@grannstad.se',
  tenantId: otherTenant.id,
  role: 'outsider',
});

export const testUsers = { unitManager, performer, admin, outsider } as const;

/** A channel in Exempelby's "Internkontroll" team, for team-scope activities. */
export const testTeam = {
  id: '19:k3Jq8Vx2Lm5Tz9Wb1Hn4Rc7Df0Gs6Yp@thread.tacv2',
  name: 'Internkontroll',
  aadGroupId: 'e5555555-6f70-4182-8da4-1e2f30415263',
  tenantId: testTenant.id,
  /** The General channel has the team's id; other channels have ids of their own. */
  generalChannel: { id: '19:k3Jq8Vx2Lm5Tz9Wb1Hn4Rc7Df0Gs6Yp@thread.tacv2', name: 'General' },
  controlChannel: { id: '19:Pw4Nc8Jx1Qv5Ht9Lm2Zb6Kd3Rs7Fg0Ya@thread.tacv2', name: 'Kontroller' },
} as const;

/** A group chat (outside any team) with the unit manager and the performer. */
export const testGroupChat = {
  id: '19:8f3a2c6e9b1d4f7a0c5e8b2d6f9a3c1e@thread.v2',
  tenantId: testTenant.id,
} as const;
