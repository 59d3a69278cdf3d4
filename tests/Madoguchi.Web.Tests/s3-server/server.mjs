// Starts s3rver, an independent S3-compatible server, on a free loopback port for the tests,
// prints "listening <port>" and runs until its stdin closes (the test process ended).
import S3rver from 's3rver';

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
const { port } = await server.run();
console.log(`listening ${port}`);
process.stdin.resume();
process.stdin.on('end', async () => { await server.close(); process.exit(0); });
