/** Arabic strings for the embedded mock's inbox and OAuth2 consent page. Draft for issue 15. */
export const mockAr = {
  mock: {
    inbox: {
      button: 'البريد الوارد',
      count: 'البريد الوارد، {{count}} رسالة',
      count_zero: 'البريد الوارد، لا توجد رسائل',
      count_two: 'البريد الوارد، رسالتان',
      count_few: 'البريد الوارد، {{count}} رسائل',
      count_many: 'البريد الوارد، {{count}} رسالة',
      countOne: 'البريد الوارد، {{count}} رسالة',
      demo: '(تجريبي)',
      clearAll: 'مسح الكل',
      list: 'الرسائل، الأحدث أولًا',
      empty: 'لا توجد رسائل بريد إلكتروني أو رسائل نصية بعد. تظهر هنا الروابط والرموز التي يرسلها التطبيق.',
      smsTo: 'رسالة نصية إلى \u2066{{to}}\u2069',
      emailTo: 'إلى {{recipient}}',
      openLink: 'فتح الرابط',
      openInNewTab: 'فتح في علامة تبويب جديدة',
      copyCode: 'نسخ الرمز {{code}}',
    },
    oauth: {
      unavailableTitle: 'موفّر تسجيل الدخول هذا غير متاح',
      unavailableBody: 'ردّت المحاكاة بالحالة {{status}}. فعّل الموفّر بهذا الطلب:',
      pageTitle: 'تسجيل الدخول باستخدام {{provider}} (محاكاة)',
      heading: 'تسجيل الدخول إلى {{app}} باستخدام {{provider}}',
      intro: 'هذا موفّر OAuth2 المحاكى. اختر الحساب الذي يعيده إلى التطبيق.',
      email: 'البريد الإلكتروني',
      name: 'الاسم',
      allow: 'سماح',
      deny: 'رفض',
    },
  },
} as const;
