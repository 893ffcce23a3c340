import { maskMongoUri } from '../../src/logging/maskMongoUri';
import { openDatabase } from '../../src/storage/mongo/database/openDatabase';

describe('maskMongoUri', () => {
  it.each([
    [
      'mongodb://ikbot:s3cret@db.example.se:27017/ikbot',
      'mongodb://***@db.example.se:27017/ikbot',
      ['ikbot:', 's3cret'],
    ],
    [
      'mongodb+srv://ikbot:pa/ss@word@cluster0.example.mongodb.net/?retryWrites=true',
      'mongodb+srv://***@cluster0.example.mongodb.net/?retryWrites=true',
      ['pa/ss', 'word@cluster0'],
    ],
    [
      'mongodb://user%40corp:p%2Fw%40d@h1,h2:27018/db',
      'mongodb://***@h1,h2:27018/db',
      ['user%40corp', 'p%2Fw'],
    ],
    ['mongodb://onlyuser@host/db', 'mongodb://***@host/db', ['onlyuser']],
    [
      'mongodb://host/db?tls=true&tlsCertificateKeyFile=/etc/ikbot.pem&tlsCertificateKeyFilePassword=Hunter2',
      'mongodb://host/db?tls=true&tlsCertificateKeyFile=***&tlsCertificateKeyFilePassword=***',
      ['Hunter2'],
    ],
    [
      'mongodb+srv://AKIAEXAMPLE:wJalrXUtnFEMI@cluster.example.net/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:IQoJb3JpZ2luX2Vj',
      'mongodb+srv://***@cluster.example.net/?authMechanism=MONGODB-AWS&authMechanismProperties=***',
      ['AKIAEXAMPLE', 'wJalrXUtnFEMI', 'IQoJb3JpZ2luX2Vj'],
    ],
    ['mongodb://127.0.0.1:27017/ikbot?appName=ikbot', 'mongodb://127.0.0.1:27017/ikbot?appName=ikbot', []],
  ])('masks %s', (uri, masked, secrets) => {
    const result = maskMongoUri(uri);
    expect(result).toBe(masked);
    for (const secret of secrets) expect(result).not.toContain(secret);
  });

  it('masks every URI inside a longer text, such as an error message', () => {
    const text =
      'Cannot connect to the database at mongodb://a:b@x/db: refused; also tried mongodb+srv://c:d@y/?password=e';
    expect(maskMongoUri(text)).toBe(
      'Cannot connect to the database at mongodb://***@x/db: refused; also tried mongodb+srv://***@y/?password=***',
    );
  });
});

describe('openDatabase errors', () => {
  it.each([
    'mongodb://ikbot:pa/ss@word@127.0.0.1:1/ikbot',
    'mongodb://ikbot:Hunter2@127.0.0.1:1/ikbot?tlsCertificateKeyFilePassword=Hunter2&tls=nonsense',
  ])('name no credential of %s', async (mongodbUri) => {
    const failure = await openDatabase({
      mongodbUri,
      mongodbDb: 'ikbot',
      dataDir: '.data/unused',
      projectRoot: process.cwd(),
    }).then(
      () => new Error('connected'),
      (error: Error) => error,
    );
    expect(failure.message).toMatch(/Cannot connect to the database at mongodb:\/\/\*\*\*@/);
    expect(failure.message).not.toMatch(/pa\/ss|word@|Hunter2/);
  });
});
