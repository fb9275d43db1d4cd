/** Arabic strings for the Password page. Draft for issue 15. */
export const passwordPageAr = {
  passwordPage: {
    title: 'كلمة المرور',
    description: 'استخدم كلمة مرور طويلة لا تستخدمها في أي مكان آخر، ويساعدك مدير كلمات المرور على ذلك.',
    set: 'تعيين كلمة مرور',
    setBody: 'لا توجد كلمة مرور لحسابك بعد. يتيح لك تعيينها تسجيل الدخول بالبريد الإلكتروني وكلمة المرور.',
    submit: 'تغيير كلمة المرور',
    submitSet: 'تعيين كلمة المرور',
    done: 'تم تغيير كلمة المرور.',
    /** {{count}} = sessions left after the others were signed out. Base key = plural "other" (100, 101, …). */
    signedOutOthers: 'تم تسجيل الخروج من الأجهزة الأخرى. تبقّت {{count}} جلسة.',
    signedOutOthers_zero: 'تم تسجيل الخروج من الأجهزة الأخرى. لم تتبقَّ أي جلسة.',
    signedOutOthers_two: 'تم تسجيل الخروج من الأجهزة الأخرى. تبقّت جلستان.',
    signedOutOthers_few: 'تم تسجيل الخروج من الأجهزة الأخرى. تبقّت {{count}} جلسات.',
    signedOutOthers_many: 'تم تسجيل الخروج من الأجهزة الأخرى. تبقّت {{count}} جلسة.',
    signedOutOthersOne: 'تم تسجيل الخروج من الأجهزة الأخرى. الجلسات المتبقية: {{count}} (هذه الجلسة).',
    strength: 'قوة كلمة المرور: {{label}}',
    /** Feminine, agreeing with كلمة المرور. */
    strengthLabels: {
      s0: 'ضعيفة جدًا',
      s1: 'ضعيفة',
      s2: 'مقبولة',
      s3: 'قوية',
      s4: 'قوية جدًا',
    },
  },
};
