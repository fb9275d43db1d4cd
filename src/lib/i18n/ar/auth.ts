/** Arabic strings for sign-in and sign-up. Draft for issue 15. */
export const authAr = {
  auth: {
    signIn: {
      title: 'تسجيل الدخول إلى {{app}}',
      titlePlain: 'تسجيل الدخول',
      submit: 'تسجيل الدخول',
      submitting: 'جارٍ تسجيل الدخول…',
      noAccount: 'ليس لديك حساب بعد؟',
      createAccount: 'إنشاء حساب',
      demoTitle: 'الحساب التجريبي',
      demoFill: 'استخدام الحساب التجريبي',
    },
    signUp: {
      title: 'إنشاء حسابك في {{app}}',
      titlePlain: 'إنشاء حساب',
      submit: 'إنشاء الحساب',
      submitting: 'جارٍ إنشاء الحساب…',
      haveAccount: 'لديك حساب بالفعل؟',
      signIn: 'تسجيل الدخول',
      /** {{reason}} is a full error sentence ending with its own full stop. */
      createdNotSignedIn: 'تم إنشاء حسابك، لكن تعذّر تسجيل دخولك: {{reason}} يُرجى تسجيل الدخول.',
    },
    forgotPassword: 'نسيت كلمة المرور؟',
    moreMethods: 'طرق أخرى لتسجيل الدخول',
    or: 'أو',
    methods: {
      emailPassword: 'البريد الإلكتروني وكلمة المرور',
      magicUrl: 'إرسال رابط تسجيل الدخول إلى بريدي',
      emailCode: 'إرسال رمز إلى بريدي',
      phoneCode: 'إرسال رمز برسالة نصية',
      anonymous: 'المتابعة كضيف',
    },
    oauth: 'المتابعة باستخدام {{provider}}',
    continueAs: {
      title: 'أنت مسجّل الدخول بالفعل',
      body: 'تم تسجيل الدخول باسم {{name}}.',
      continue: 'المتابعة باسم {{name}}',
      signOut: 'تسجيل الخروج',
    },
    magic: {
      submit: 'إرسال رابط تسجيل الدخول',
      sent: 'تحقّق من بريدك الوارد',
      sentBody: 'إذا كان بإمكان {{email}} تسجيل الدخول، فالرابط في طريقه إليك. يمكن استخدامه مرة واحدة خلال ساعة.',
      otherEmail: 'استخدام بريد إلكتروني آخر',
    },
    guest: {
      body: 'تصفّح دون حساب، ويمكنك لاحقًا حفظ حساب الضيف ببريد إلكتروني وكلمة مرور.',
      submit: 'المتابعة كضيف',
      saveTitle: 'حفظ حساب الضيف',
      saveBody: 'أضف بريدًا إلكترونيًا وكلمة مرور لتتمكن من تسجيل الدخول لاحقًا من أي مكان. سيُحتفظ بكل ما فعلته كضيف.',
      saved: 'تم حفظ الحساب. سجّل الدخول من الآن فصاعدًا باستخدام {{email}}.',
    },
    fields: {
      name: 'الاسم',
      nameHint: 'اختياري. حتى 128 حرفًا.',
      email: 'البريد الإلكتروني',
      password: 'كلمة المرور',
      passwordHint: '8 أحرف على الأقل.',
    },
  },
};
