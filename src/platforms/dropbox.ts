import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'dropbox',
  name: 'Dropbox',
  hosts: ['dropbox.com'],
  rules: [
    // Keep the whole shared link (with rlkey) for the report: Dropbox needs it to find the file.
    {
      kind: 'post',
      path: /^\/(?:e\/)?(?:s|sh|scl\/f[io])\/(?<postId>\w+)/,
      examples: [
        'https://www.dropbox.com/s/nelirfsxnmcfbfh',
        'https://www.dropbox.com/scl/fi/r2kd2skcy5ylbbta5y1pz/DJI_0003.MP4?dl=0&rlkey=wcdgqangn7t3lnmmv6li9mu9h',
      ],
    },
  ],
  otherExamples: ['https://www.dropbox.com/', 'https://help.dropbox.com/account-settings/report-abuse'],
});
